import { graphql } from "../../gql";

export const WorkUnitFragment = graphql(`
  fragment WorkUnit on Organization {
    id
    name
    formalMemberCount
    addedOn
    coverageStatus
    county {
      code
      name
    }
    branches {
      id
      name
    }
    liaisons {
      id
      name
    }
  }
`);

export const CityWorkListDocument = graphql(`
  query CityWorkList($filter: OrganizationFilter!, $after: String) {
    organizations(first: 50, after: $after, filter: $filter, orderBy: ACTIONABILITY) {
      totalCount
      nodes {
        ...WorkUnit
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const CountyWorkListDocument = graphql(`
  query CountyWorkList($code: String!, $filter: OrganizationFilter!, $after: String) {
    county(code: $code) {
      code
      organizations(first: 50, after: $after, filter: $filter, orderBy: ACTIONABILITY) {
        totalCount
        nodes {
          ...WorkUnit
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export const WorkTargetsDocument = graphql(`
  query WorkTargets($countyCode: String, $status: WorkTargetStatus, $after: String) {
    liaisonWorkTargets(countyCode: $countyCode, status: $status, first: 50, after: $after) {
      totalCount
      nodes {
        id
        description
        setOn
        dueOn
        completedOn
        status
        overdue
        liaison {
          id
          name
          kind
        }
        organization {
          id
          name
          county {
            code
            name
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const UnitLiaisonsDocument = graphql(`
  query UnitLiaisons($id: ID!) {
    node(id: $id) {
      ... on Organization {
        id
        liaisons {
          id
          name
          kind
        }
      }
    }
  }
`);

export const RecordWorkTargetDocument = graphql(`
  mutation RecordWorkTarget($input: RecordLiaisonWorkTargetInput!) {
    recordLiaisonWorkTarget(input: $input) {
      workTarget {
        id
        status
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

export const CompleteWorkTargetDocument = graphql(`
  mutation CompleteWorkTarget($input: CompleteLiaisonWorkTargetInput!) {
    completeLiaisonWorkTarget(input: $input) {
      workTarget {
        id
        status
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const WorkMeasuresDocument = graphql(`
  query WorkMeasures($year: Int!) {
    fiveHavesRate(year: $year) {
      city {
        assessed
        passed
        rate {
          percent
        }
      }
      counties {
        county {
          code
          name
        }
        assessed
        passed
        rate {
          percent
        }
      }
    }
    excellenceCompletion(year: $year) {
      city {
        expectedCount
        campaignCount
        steps {
          step
          label
          rate {
            numerator
            denominator
            percent
          }
        }
      }
      counties {
        county {
          code
          name
        }
        expectedCount
        campaignCount
        steps {
          step
          label
          rate {
            numerator
            denominator
            percent
          }
        }
      }
    }
    city {
      coverage {
        liaisonCount
        unitsPerLiaison
      }
      counties {
        code
        name
        coverage {
          liaisonCount
          unitsPerLiaison
        }
      }
    }
  }
`);
