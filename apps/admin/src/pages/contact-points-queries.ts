import { graphql } from "../gql";

export const LeaderContactPointsDocument = graphql(`
  query LeaderContactPoints($level: LeaderLevel!, $countyCode: String, $year: Int!, $after: String) {
    leaders(level: $level, countyCode: $countyCode, first: 100, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
        name
        title
        county {
          code
          name
        }
        contactPoints(year: $year) {
          id
          startedOn
          endedOn
          liaisonOfficerName
          organization {
            id
            name
            county {
              code
              name
            }
          }
        }
      }
    }
  }
`);

export const CountyNamesDocument = graphql(`
  query CountyNames {
    city {
      counties {
        code
        name
      }
    }
  }
`);
