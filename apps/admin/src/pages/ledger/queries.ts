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
          id
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
            dissolvedOn
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

export const OrganizationHistoryDocument = graphql(`
  query OrganizationHistory($id: ID!, $first: Int!) {
    node(id: $id) {
      id
      ... on Organization {
        history(first: $first) {
          totalCount
          nodes {
            id
            occurredAt
            operation
            username
            role
            entityType
            changes {
              field
              before
              after
            }
          }
        }
        statusHistory {
          from
          to
          eligible
          aboveScale
          recordedBy
        }
        coverageHistory {
          role
          from
          to
          branch {
            id
            name
            dissolvedOn
            levelHistory {
              from
              to
              level
            }
          }
        }
      }
    }
  }
`);

export const BranchHistoryDocument = graphql(`
  query BranchHistory($id: ID!, $first: Int!) {
    node(id: $id) {
      id
      ... on Branch {
        name
        history(first: $first) {
          totalCount
          nodes {
            id
            occurredAt
            operation
            username
            role
            entityType
            changes {
              field
              before
              after
            }
          }
        }
      }
    }
  }
`);

export const CreateOrganizationDocument = graphql(`
  mutation CreateOrganization($input: CreateOrganizationInput!) {
    createOrganization(input: $input) {
      organization {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const UpdateOrganizationDocument = graphql(`
  mutation UpdateOrganization($input: UpdateOrganizationInput!) {
    updateOrganization(input: $input) {
      organization {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const FoundBranchDocument = graphql(`
  mutation FoundBranch($input: FoundBranchInput!) {
    foundBranch(input: $input) {
      branch {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const UpdateBranchDocument = graphql(`
  mutation UpdateBranch($input: UpdateBranchInput!) {
    updateBranch(input: $input) {
      branch {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const DissolveBranchDocument = graphql(`
  mutation DissolveBranch($input: DissolveBranchInput!) {
    dissolveBranch(input: $input) {
      branch {
        id
        dissolvedOn
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const DispatchLiaisonDocument = graphql(`
  mutation DispatchLiaison($input: DispatchLiaisonInput!) {
    dispatchLiaison(input: $input) {
      liaison {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const EndLiaisonAssignmentDocument = graphql(`
  mutation EndLiaisonAssignment($input: EndLiaisonAssignmentInput!) {
    endLiaisonAssignment(input: $input) {
      liaison {
        id
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const BranchUnitCandidatesDocument = graphql(`
  query BranchUnitCandidates($code: String!, $name: String) {
    county(code: $code) {
      code
      organizations(first: 20, filter: { nameContains: $name, inPopulation: true }) {
        nodes {
          id
          name
          category
          formalMemberCount
          industry
          organizationCovered
          park {
            id
          }
        }
      }
    }
  }
`);

export const AffiliateOrganizationDocument = graphql(`
  mutation AffiliateOrganization($input: AffiliateOrganizationInput!) {
    affiliateOrganization(input: $input) {
      organization {
        id
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

export const EndAffiliationDocument = graphql(`
  mutation EndAffiliation($input: EndAffiliationInput!) {
    endAffiliation(input: $input) {
      organization {
        id
      }
      userErrors {
        field
        message
        code
      }
      warnings {
        field
        message
        code
      }
    }
  }
`);

/** The branches a unit hosts or belongs to now: what another unit may be affiliated to (挂靠). */
export const AffiliationBranchesDocument = graphql(`
  query AffiliationBranches($id: ID!) {
    node(id: $id) {
      ... on Organization {
        id
        branchLinks {
          role
          branch {
            id
            name
            formation
            level
            foundedOn
          }
        }
      }
    }
  }
`);
