import { graphql } from "../../gql";

export const SiteCountiesDocument = graphql(`
  query SiteCounties {
    city {
      counties {
        code
        name
      }
    }
  }
`);

export const QuotaPlanDocument = graphql(`
  query QuotaPlan($level: SiteLevel!, $year: Int!) {
    quotaPlan(level: $level, year: $year) {
      year
      level
      total
      split
      nominated
      approved
      rejected
      revoked
      remaining
      allocations {
        county {
          code
          name
        }
        quota
        nominated
        approved
        rejected
        revoked
        remaining
      }
    }
  }
`);

/** Which years have a plan of either level, for the year selector. */
export const PlanYearsDocument = graphql(`
  query PlanYears($year: Int!) {
    city: quotaPlan(level: CITY, year: $year) {
      total
    }
    county: quotaPlan(level: COUNTY, year: $year) {
      total
    }
  }
`);

export const QuotaSuggestionDocument = graphql(`
  query QuotaSuggestion($level: SiteLevel!, $year: Int!, $total: Int!, $weight: QuotaWeight!, $minimumPerCounty: Int) {
    quotaSuggestion(level: $level, year: $year, total: $total, weight: $weight, minimumPerCounty: $minimumPerCounty) {
      total
      weight
      minimumPerCounty
      asOf
      note
      allocations {
        county {
          code
          name
        }
        quota
        weight
        exactShare
      }
    }
  }
`);

export const DemonstrationSitesDocument = graphql(`
  query DemonstrationSites($year: Int!, $level: SiteLevel, $countyCode: String, $status: SiteStatus) {
    demonstrationSites(year: $year, level: $level, countyCode: $countyCode, status: $status) {
      id
      year
      level
      status
      nominatedAt
      nominationNote
      reviewedAt
      reviewNote
      county {
        code
        name
      }
      organization {
        id
        name
        branches {
          id
          name
          fiveHaves(year: $year) {
            passed
            missing
            assessedAt
            evidence
            checks {
              check
              evidence
            }
            hasOrganization
            hasRules
            hasActivities
            hasVenue
            hasImpact
          }
        }
      }
    }
  }
`);

export const SetQuotaPlanDocument = graphql(`
  mutation SetQuotaPlan($input: SetQuotaPlanInput!) {
    setQuotaPlan(input: $input) {
      plan {
        total
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const NominateSiteDocument = graphql(`
  mutation NominateSite($input: NominateDemonstrationSiteInput!) {
    nominateDemonstrationSite(input: $input) {
      site {
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

export const ReviewSiteDocument = graphql(`
  mutation ReviewSite($input: ReviewDemonstrationSiteInput!) {
    reviewDemonstrationSite(input: $input) {
      site {
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

export const AssessFiveHavesDocument = graphql(`
  mutation AssessFiveHaves($input: AssessFiveHavesInput!) {
    assessFiveHaves(input: $input) {
      fiveHaves {
        passed
        missing
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
