import { graphql } from "../gql";

export const RatePartsFragment = graphql(`
  fragment RateParts on Rate {
    numerator
    denominator
    percent
  }
`);

export const CoverageFiguresFragment = graphql(`
  fragment CoverageFigures on CoverageStats {
    asOf
    eligibleCount
    branchCount
    liaisonCount
    unitsPerLiaison
    gapCount
    organizationCoverage {
      ...RateParts
    }
    liaisonCoverage {
      ...RateParts
    }
    dualCoverage {
      ...RateParts
    }
  }
`);

export const CityOverviewDocument = graphql(`
  query CityOverview {
    city {
      code
      name
      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {
        ...CoverageFigures
      }
      social: coverage(category: SOCIAL_ORGANIZATION) {
        ...CoverageFigures
      }
      counties {
        code
        name
        fullName
        nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {
          ...CoverageFigures
        }
        social: coverage(category: SOCIAL_ORGANIZATION) {
          ...CoverageFigures
        }
      }
    }
  }
`);

export const CountyOverviewDocument = graphql(`
  query CountyOverview($code: String!) {
    county(code: $code) {
      code
      name
      fullName
      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {
        ...CoverageFigures
      }
      social: coverage(category: SOCIAL_ORGANIZATION) {
        ...CoverageFigures
      }
    }
  }
`);

export const TargetsDocument = graphql(`
  query Targets($year: Int!, $countyCode: String) {
    targets(year: $year, countyCode: $countyCode) {
      target
      label
      dueOn
      asOf
      required
      achieved
      met
      shortfall
    }
  }
`);

export const TargetGapDocument = graphql(`
  query TargetGap($year: Int!, $countyCode: String, $first: Int!, $after: String) {
    targets(year: $year, countyCode: $countyCode) {
      target
      label
      asOf
      gap(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          id
          name
          category
          aboveScale
          county {
            code
            name
          }
        }
      }
    }
  }
`);
