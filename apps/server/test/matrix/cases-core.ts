/** Matrix cases of the read side, identity, users and the audit trail. */
import { all, countyRead, type MatrixCase } from "./types.js";

export const CORE_CASES: MatrixCase[] = [
  { field: "viewer", kind: "query", request: () => ({ query: "{ viewer { username role } }" }), expect: all("OK") },
  {
    field: "city",
    kind: "query",
    request: () => ({ query: "{ city { name coverage { eligibleCount } counties { code } } }" }),
    expect: all("OK"),
  },
  {
    field: "county",
    kind: "query",
    // A county and its aggregates are city-wide reading; its organization rows are not.
    request: (t, h) => ({
      query: "query($c: String!) { county(code: $c) { name coverage { organizationCoverage { percent } } } }",
      variables: { c: h.countyOf(t) },
    }),
    expect: all("OK"),
  },
  {
    field: "organizations",
    kind: "query",
    request: () => ({ query: "{ organizations(first: 5) { totalCount nodes { id county { code } } } }" }),
    expect: all("OK"),
  },
  {
    field: "node",
    kind: "query",
    request: async (t, h) => ({
      query: "query($id: ID!) { node(id: $id) { id } }",
      variables: { id: await h.coveredOrganizationId(h.countyOf(t)) },
    }),
    expect: countyRead("NULL"),
  },
  {
    field: "leaders",
    kind: "query",
    request: () => ({ query: "{ leaders(level: CITY, first: 30) { totalCount nodes { name } } }" }),
    expect: all("OK"),
  },
  {
    field: "users",
    kind: "query",
    request: () => ({ query: "{ users(first: 5) { totalCount nodes { username } } }" }),
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "FORBIDDEN",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "auditLog",
    kind: "query",
    request: async (t, h) => ({
      query: "query($id: ID!) { auditLog(entityId: $id) { totalCount } }",
      variables: { id: await h.coveredOrganizationId(h.countyOf(t)) },
    }),
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "OK",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "login",
    kind: "mutation",
    request: () => ({
      query: 'mutation { login(input: {username: "nobody-at-all", password: "wrong"}) { token userErrors { code } } }',
    }),
    // A failed login is an answer with a userError, for anyone (signed in or not).
    expect: all("USER_ERROR:INVALID_INPUT"),
  },
  {
    field: "createUser",
    kind: "mutation",
    request: (_t, h) => ({
      query:
        "mutation($i: CreateUserInput!) { createUser(input: $i) { user { username } userErrors { code message } } }",
      variables: { i: { username: h.unique("u"), password: "Matrix-Passw0rd", role: "VIEWER" } },
    }),
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "FORBIDDEN",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "updateUser",
    kind: "mutation",
    request: async (_t, h) => {
      const username = h.unique("u");
      await h.asCityAdmin("mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { message } } }", {
        i: { username, password: "Matrix-Passw0rd", role: "VIEWER" },
      });
      return {
        query: "mutation($i: UpdateUserInput!) { updateUser(input: $i) { user { role } userErrors { code message } } }",
        variables: { i: { username, role: "REVIEWER" } },
      };
    },
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "FORBIDDEN",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "resetUserPassword",
    kind: "mutation",
    request: async (_t, h) => {
      const username = h.unique("u");
      await h.asCityAdmin("mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { message } } }", {
        i: { username, password: "Matrix-Passw0rd", role: "VIEWER" },
      });
      return {
        query:
          "mutation($i: ResetUserPasswordInput!) { resetUserPassword(input: $i) { user { username } userErrors { code message } } }",
        variables: { i: { username, newPassword: "Another-Passw0rd" } },
      };
    },
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "FORBIDDEN",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "setUserDisabled",
    kind: "mutation",
    request: async (_t, h) => {
      const username = h.unique("u");
      await h.asCityAdmin("mutation($i: CreateUserInput!) { createUser(input: $i) { userErrors { message } } }", {
        i: { username, password: "Matrix-Passw0rd", role: "VIEWER" },
      });
      return {
        query:
          "mutation($i: SetUserDisabledInput!) { setUserDisabled(input: $i) { user { disabled } userErrors { code message } } }",
        variables: { i: { username, disabled: true } },
      };
    },
    expect: {
      CITY_ADMIN: "OK",
      REVIEWER: "FORBIDDEN",
      COUNTY_ADMIN: "FORBIDDEN",
      VIEWER: "FORBIDDEN",
      COUNTY_VIEWER: "FORBIDDEN",
    },
  },
  {
    field: "changeOwnPassword",
    kind: "mutation",
    // Everyone signed in may change their own password; a wrong current password is a userError.
    request: () => ({
      query:
        'mutation { changeOwnPassword(input: {currentPassword: "not-my-password", newPassword: "Brand-new-Passw0rd"}) { userErrors { code } } }',
    }),
    expect: all("USER_ERROR:INVALID_INPUT"),
  },
];
