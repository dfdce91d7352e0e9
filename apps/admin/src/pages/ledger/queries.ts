import { graphql } from "../../gql";

export const LedgerCountiesDocument = graphql(`
  query LedgerCounties {
    city {
      name
      counties {
        code
        name
        fullName
        kind
        all: organizations(first: 1) {
          totalCount
        }
        inPopulation: organizations(first: 1, filter: { inPopulation: true }) {
          totalCount
        }
        covered: organizations(first: 1, filter: { inPopulation: true, organizationCovered: true }) {
          totalCount
        }
      }
    }
  }
`);

export const CountyOrganizationsDocument = graphql(`
  query CountyOrganizations($code: String!, $first: Int!, $after: String, $filter: OrganizationFilter) {
    county(code: $code) {
      code
      name
      fullName
      organizations(first: $first, after: $after, filter: $filter) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          category
          subtype
          industry
          aboveScale
          formalMemberCount
          coverageStatus
          park {
            name
          }
        }
      }
    }
  }
`);

export const OrganizationDetailDocument = graphql(`
  query OrganizationDetail($id: ID!) {
    node(id: $id) {
      id
      ... on Organization {
        name
        creditCode
        category
        subtype
        industry
        employeeCount
        aboveScale
        formalMemberCount
        probationaryMemberCount
        legalRepresentativeIsMember
        eligible
        addedOn
        ceasedOn
        coverageStatus
        county {
          code
          name
        }
        park {
          name
          workCommitteeName
        }
        branchLinks {
          role
          from
          branch {
            id
            name
            level
            formation
            formalMemberCount
            committeeSize
            secretaryName
            foundedOn
            organizations {
              id
              name
            }
          }
        }
        liaisons {
          id
          name
          kind
          title
        }
      }
    }
  }
`);
