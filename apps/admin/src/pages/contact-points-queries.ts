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

export const ContactPointComplianceDocument = graphql(`
  query ContactPointCompliance($year: Int!) {
    contactPointCompliance(year: $year) {
      year
      dueOn
      cityLeaderCount
      cityLeadersWithoutPoint {
        id
        name
        title
      }
      counties {
        county {
          code
          name
        }
        dueOn
        reportedOn
        overdue
        pointCount
      }
      pointsWithoutSite {
        id
        startedOn
        leader {
          id
          name
          title
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
    }
  }
`);

export const AssignContactPointDocument = graphql(`
  mutation AssignContactPoint($input: AssignContactPointInput!) {
    assignContactPoint(input: $input) {
      contactPoint {
        id
        organization {
          name
        }
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const EndContactPointDocument = graphql(`
  mutation EndContactPoint($input: EndContactPointInput!) {
    endContactPoint(input: $input) {
      contactPoint {
        id
        endedOn
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ReportContactPointListDocument = graphql(`
  mutation ReportContactPointList($input: ReportContactPointListInput!) {
    reportContactPointList(input: $input) {
      contactList {
        reportedOn
        overdue
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
