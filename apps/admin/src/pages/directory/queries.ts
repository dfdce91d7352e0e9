import { graphql } from "../../gql";

export const LeaderFieldsFragment = graphql(`
  fragment LeaderFields on Leader {
    id
    name
    title
    level
    sortOrder
    phone
    termStart
    termEnd
    inOffice
    organizationHead
    county {
      code
      name
    }
  }
`);

export const DirectoryLeadersDocument = graphql(`
  query DirectoryLeaders($level: LeaderLevel!, $countyCode: String, $status: LeaderStatus, $after: String) {
    leaders(level: $level, countyCode: $countyCode, status: $status, first: 100, after: $after) {
      totalCount
      nodes {
        ...LeaderFields
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

export const DirectoryCountyDocument = graphql(`
  query DirectoryCounty($code: String!) {
    county(code: $code) {
      code
      name
      organizationHeadName
      parks {
        id
        name
        workCommitteeName
        workCommitteeSecretary
        workCommitteePhone
        coverage {
          eligibleCount
          organizationCoverage {
            percent
          }
          liaisonCoverage {
            percent
          }
          gapCount
        }
      }
    }
  }
`);

export const DirectoryCountiesDocument = graphql(`
  query DirectoryCounties {
    city {
      counties {
        code
        name
        organizationHeadName
      }
    }
  }
`);

export const CreateLeaderDocument = graphql(`
  mutation CreateLeader($input: CreateLeaderInput!) {
    createLeader(input: $input) {
      leader {
        ...LeaderFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateLeaderDocument = graphql(`
  mutation UpdateLeader($input: UpdateLeaderInput!) {
    updateLeader(input: $input) {
      leader {
        ...LeaderFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const EndLeaderTermDocument = graphql(`
  mutation EndLeaderTerm($input: EndLeaderTermInput!) {
    endLeaderTerm(input: $input) {
      leader {
        ...LeaderFields
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const CreateParkDocument = graphql(`
  mutation CreatePark($input: CreateParkInput!) {
    createPark(input: $input) {
      park {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const UpdateParkDocument = graphql(`
  mutation UpdatePark($input: UpdateParkInput!) {
    updatePark(input: $input) {
      park {
        id
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The queries a 机构与人员 write changes (联系点 shows leaders and the 联络人 too). */
export const DIRECTORY_QUERIES = [
  "DirectoryLeaders",
  "DirectoryCounty",
  "DirectoryCounties",
  "LeaderContactPoints",
  "ContactPointCompliance",
];
