import { graphql } from "../../gql";

export const UsersDocument = graphql(`
  query Users($filter: UserFilter, $after: String) {
    users(filter: $filter, first: 20, after: $after) {
      totalCount
      nodes {
        username
        displayName
        role
        disabled
        createdAt
        county {
          code
          name
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AccountCountiesDocument = graphql(`
  query AccountCounties {
    city {
      counties {
        code
        name
      }
    }
  }
`);

export const CreateUserDocument = graphql(`
  mutation CreateUser($input: CreateUserInput!) {
    createUser(input: $input) {
      user {
        username
      }
      generatedPassword
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ResetUserPasswordDocument = graphql(`
  mutation ResetUserPassword($input: ResetUserPasswordInput!) {
    resetUserPassword(input: $input) {
      user {
        username
      }
      generatedPassword
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SetUserDisabledDocument = graphql(`
  mutation SetUserDisabled($input: SetUserDisabledInput!) {
    setUserDisabled(input: $input) {
      user {
        username
        disabled
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ChangeOwnPasswordDocument = graphql(`
  mutation ChangeOwnPassword($input: ChangeOwnPasswordInput!) {
    changeOwnPassword(input: $input) {
      user {
        username
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $after: String) {
    auditLog(filter: $filter, first: 20, after: $after) {
      totalCount
      nodes {
        id
        occurredAt
        username
        role
        operation
        entityType
        entityId
        requestId
        changes {
          field
          before
          after
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const AuditLogFacetsDocument = graphql(`
  query AuditLogFacets {
    auditLogFacets {
      operations
      entityTypes
    }
  }
`);

export const SetupRequiredDocument = graphql(`
  query SetupRequired {
    setupRequired
  }
`);

export const SetupFirstAdminDocument = graphql(`
  mutation SetupFirstAdmin($input: SetupFirstAdminInput!) {
    setupFirstAdmin(input: $input) {
      user {
        username
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
