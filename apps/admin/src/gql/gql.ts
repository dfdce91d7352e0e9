/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query Viewer {\n    viewer {\n      username\n      displayName\n      role\n      capabilities\n      county {\n        code\n        name\n        fullName\n      }\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        username\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  query LeaderContactPoints($level: LeaderLevel!, $countyCode: String, $year: Int!, $after: String) {\n    leaders(level: $level, countyCode: $countyCode, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        county {\n          code\n          name\n        }\n        contactPoints(year: $year) {\n          id\n          startedOn\n          endedOn\n          liaisonOfficerName\n          organization {\n            id\n            name\n            county {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.LeaderContactPointsDocument,
    "\n  query CountyNames {\n    city {\n      counties {\n        code\n        name\n      }\n    }\n  }\n": typeof types.CountyNamesDocument,
    "\n  query LedgerCounties {\n    city {\n      name\n      counties {\n        code\n        name\n        fullName\n        kind\n        all: organizations(first: 1) {\n          totalCount\n        }\n        inPopulation: organizations(first: 1, filter: { inPopulation: true }) {\n          totalCount\n        }\n        covered: organizations(first: 1, filter: { inPopulation: true, organizationCovered: true }) {\n          totalCount\n        }\n      }\n    }\n  }\n": typeof types.LedgerCountiesDocument,
    "\n  query CountyOrganizations($code: String!, $first: Int!, $after: String, $filter: OrganizationFilter) {\n    county(code: $code) {\n      code\n      name\n      fullName\n      organizations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          name\n          category\n          subtype\n          industry\n          aboveScale\n          formalMemberCount\n          coverageStatus\n          park {\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.CountyOrganizationsDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Organization {\n        name\n        creditCode\n        category\n        subtype\n        industry\n        employeeCount\n        aboveScale\n        formalMemberCount\n        probationaryMemberCount\n        legalRepresentativeIsMember\n        eligible\n        addedOn\n        ceasedOn\n        coverageStatus\n        county {\n          code\n          name\n        }\n        park {\n          name\n          workCommitteeName\n        }\n        branchLinks {\n          role\n          from\n          branch {\n            id\n            name\n            level\n            formation\n            formalMemberCount\n            committeeSize\n            secretaryName\n            foundedOn\n            organizations {\n              id\n              name\n            }\n          }\n        }\n        liaisons {\n          id\n          name\n          kind\n          title\n        }\n      }\n    }\n  }\n": typeof types.OrganizationDetailDocument,
    "\n  fragment RateParts on Rate {\n    numerator\n    denominator\n    percent\n  }\n": typeof types.RatePartsFragmentDoc,
    "\n  fragment CoverageFigures on CoverageStats {\n    asOf\n    eligibleCount\n    branchCount\n    liaisonCount\n    gapCount\n    organizationCoverage {\n      ...RateParts\n    }\n    liaisonCoverage {\n      ...RateParts\n    }\n    dualCoverage {\n      ...RateParts\n    }\n  }\n": typeof types.CoverageFiguresFragmentDoc,
    "\n  query CityOverview {\n    city {\n      code\n      name\n      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n        ...CoverageFigures\n      }\n      social: coverage(category: SOCIAL_ORGANIZATION) {\n        ...CoverageFigures\n      }\n      counties {\n        code\n        name\n        fullName\n        nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n          ...CoverageFigures\n        }\n        social: coverage(category: SOCIAL_ORGANIZATION) {\n          ...CoverageFigures\n        }\n      }\n    }\n  }\n": typeof types.CityOverviewDocument,
    "\n  query CountyOverview($code: String!) {\n    county(code: $code) {\n      code\n      name\n      fullName\n      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n        ...CoverageFigures\n      }\n      social: coverage(category: SOCIAL_ORGANIZATION) {\n        ...CoverageFigures\n      }\n    }\n  }\n": typeof types.CountyOverviewDocument,
    "\n  query SiteCounties {\n    city {\n      counties {\n        code\n        name\n      }\n    }\n  }\n": typeof types.SiteCountiesDocument,
    "\n  query QuotaPlan($level: SiteLevel!, $year: Int!) {\n    quotaPlan(level: $level, year: $year) {\n      year\n      level\n      total\n      split\n      nominated\n      approved\n      rejected\n      revoked\n      remaining\n      allocations {\n        county {\n          code\n          name\n        }\n        quota\n        nominated\n        approved\n        rejected\n        revoked\n        remaining\n      }\n    }\n  }\n": typeof types.QuotaPlanDocument,
    "\n  query PlanYears($year: Int!) {\n    city: quotaPlan(level: CITY, year: $year) {\n      total\n    }\n    county: quotaPlan(level: COUNTY, year: $year) {\n      total\n    }\n  }\n": typeof types.PlanYearsDocument,
    "\n  query QuotaSuggestion($level: SiteLevel!, $year: Int!, $total: Int!, $weight: QuotaWeight!, $minimumPerCounty: Int) {\n    quotaSuggestion(level: $level, year: $year, total: $total, weight: $weight, minimumPerCounty: $minimumPerCounty) {\n      total\n      weight\n      minimumPerCounty\n      asOf\n      note\n      allocations {\n        county {\n          code\n          name\n        }\n        quota\n        weight\n        exactShare\n      }\n    }\n  }\n": typeof types.QuotaSuggestionDocument,
    "\n  query DemonstrationSites($year: Int!, $level: SiteLevel, $countyCode: String, $status: SiteStatus) {\n    demonstrationSites(year: $year, level: $level, countyCode: $countyCode, status: $status) {\n      id\n      year\n      level\n      status\n      nominatedAt\n      nominationNote\n      reviewedAt\n      reviewNote\n      county {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        branches {\n          id\n          name\n          fiveHaves(year: $year) {\n            passed\n            missing\n            assessedAt\n            evidence\n            hasOrganization\n            hasRules\n            hasActivities\n            hasVenue\n            hasImpact\n          }\n        }\n      }\n    }\n  }\n": typeof types.DemonstrationSitesDocument,
    "\n  query NomineeSearch($code: String!, $name: String) {\n    county(code: $code) {\n      code\n      organizations(first: 20, filter: { inPopulation: true, organizationCovered: true, nameContains: $name }) {\n        totalCount\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.NomineeSearchDocument,
    "\n  mutation SetQuotaPlan($input: SetQuotaPlanInput!) {\n    setQuotaPlan(input: $input) {\n      plan {\n        total\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SetQuotaPlanDocument,
    "\n  mutation NominateSite($input: NominateDemonstrationSiteInput!) {\n    nominateDemonstrationSite(input: $input) {\n      site {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.NominateSiteDocument,
    "\n  mutation ReviewSite($input: ReviewDemonstrationSiteInput!) {\n    reviewDemonstrationSite(input: $input) {\n      site {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ReviewSiteDocument,
    "\n  mutation AssessFiveHaves($input: AssessFiveHavesInput!) {\n    assessFiveHaves(input: $input) {\n      fiveHaves {\n        passed\n        missing\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AssessFiveHavesDocument,
};
const documents: Documents = {
    "\n  query Viewer {\n    viewer {\n      username\n      displayName\n      role\n      capabilities\n      county {\n        code\n        name\n        fullName\n      }\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        username\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  query LeaderContactPoints($level: LeaderLevel!, $countyCode: String, $year: Int!, $after: String) {\n    leaders(level: $level, countyCode: $countyCode, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        county {\n          code\n          name\n        }\n        contactPoints(year: $year) {\n          id\n          startedOn\n          endedOn\n          liaisonOfficerName\n          organization {\n            id\n            name\n            county {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n": types.LeaderContactPointsDocument,
    "\n  query CountyNames {\n    city {\n      counties {\n        code\n        name\n      }\n    }\n  }\n": types.CountyNamesDocument,
    "\n  query LedgerCounties {\n    city {\n      name\n      counties {\n        code\n        name\n        fullName\n        kind\n        all: organizations(first: 1) {\n          totalCount\n        }\n        inPopulation: organizations(first: 1, filter: { inPopulation: true }) {\n          totalCount\n        }\n        covered: organizations(first: 1, filter: { inPopulation: true, organizationCovered: true }) {\n          totalCount\n        }\n      }\n    }\n  }\n": types.LedgerCountiesDocument,
    "\n  query CountyOrganizations($code: String!, $first: Int!, $after: String, $filter: OrganizationFilter) {\n    county(code: $code) {\n      code\n      name\n      fullName\n      organizations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          name\n          category\n          subtype\n          industry\n          aboveScale\n          formalMemberCount\n          coverageStatus\n          park {\n            name\n          }\n        }\n      }\n    }\n  }\n": types.CountyOrganizationsDocument,
    "\n  query OrganizationDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Organization {\n        name\n        creditCode\n        category\n        subtype\n        industry\n        employeeCount\n        aboveScale\n        formalMemberCount\n        probationaryMemberCount\n        legalRepresentativeIsMember\n        eligible\n        addedOn\n        ceasedOn\n        coverageStatus\n        county {\n          code\n          name\n        }\n        park {\n          name\n          workCommitteeName\n        }\n        branchLinks {\n          role\n          from\n          branch {\n            id\n            name\n            level\n            formation\n            formalMemberCount\n            committeeSize\n            secretaryName\n            foundedOn\n            organizations {\n              id\n              name\n            }\n          }\n        }\n        liaisons {\n          id\n          name\n          kind\n          title\n        }\n      }\n    }\n  }\n": types.OrganizationDetailDocument,
    "\n  fragment RateParts on Rate {\n    numerator\n    denominator\n    percent\n  }\n": types.RatePartsFragmentDoc,
    "\n  fragment CoverageFigures on CoverageStats {\n    asOf\n    eligibleCount\n    branchCount\n    liaisonCount\n    gapCount\n    organizationCoverage {\n      ...RateParts\n    }\n    liaisonCoverage {\n      ...RateParts\n    }\n    dualCoverage {\n      ...RateParts\n    }\n  }\n": types.CoverageFiguresFragmentDoc,
    "\n  query CityOverview {\n    city {\n      code\n      name\n      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n        ...CoverageFigures\n      }\n      social: coverage(category: SOCIAL_ORGANIZATION) {\n        ...CoverageFigures\n      }\n      counties {\n        code\n        name\n        fullName\n        nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n          ...CoverageFigures\n        }\n        social: coverage(category: SOCIAL_ORGANIZATION) {\n          ...CoverageFigures\n        }\n      }\n    }\n  }\n": types.CityOverviewDocument,
    "\n  query CountyOverview($code: String!) {\n    county(code: $code) {\n      code\n      name\n      fullName\n      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n        ...CoverageFigures\n      }\n      social: coverage(category: SOCIAL_ORGANIZATION) {\n        ...CoverageFigures\n      }\n    }\n  }\n": types.CountyOverviewDocument,
    "\n  query SiteCounties {\n    city {\n      counties {\n        code\n        name\n      }\n    }\n  }\n": types.SiteCountiesDocument,
    "\n  query QuotaPlan($level: SiteLevel!, $year: Int!) {\n    quotaPlan(level: $level, year: $year) {\n      year\n      level\n      total\n      split\n      nominated\n      approved\n      rejected\n      revoked\n      remaining\n      allocations {\n        county {\n          code\n          name\n        }\n        quota\n        nominated\n        approved\n        rejected\n        revoked\n        remaining\n      }\n    }\n  }\n": types.QuotaPlanDocument,
    "\n  query PlanYears($year: Int!) {\n    city: quotaPlan(level: CITY, year: $year) {\n      total\n    }\n    county: quotaPlan(level: COUNTY, year: $year) {\n      total\n    }\n  }\n": types.PlanYearsDocument,
    "\n  query QuotaSuggestion($level: SiteLevel!, $year: Int!, $total: Int!, $weight: QuotaWeight!, $minimumPerCounty: Int) {\n    quotaSuggestion(level: $level, year: $year, total: $total, weight: $weight, minimumPerCounty: $minimumPerCounty) {\n      total\n      weight\n      minimumPerCounty\n      asOf\n      note\n      allocations {\n        county {\n          code\n          name\n        }\n        quota\n        weight\n        exactShare\n      }\n    }\n  }\n": types.QuotaSuggestionDocument,
    "\n  query DemonstrationSites($year: Int!, $level: SiteLevel, $countyCode: String, $status: SiteStatus) {\n    demonstrationSites(year: $year, level: $level, countyCode: $countyCode, status: $status) {\n      id\n      year\n      level\n      status\n      nominatedAt\n      nominationNote\n      reviewedAt\n      reviewNote\n      county {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        branches {\n          id\n          name\n          fiveHaves(year: $year) {\n            passed\n            missing\n            assessedAt\n            evidence\n            hasOrganization\n            hasRules\n            hasActivities\n            hasVenue\n            hasImpact\n          }\n        }\n      }\n    }\n  }\n": types.DemonstrationSitesDocument,
    "\n  query NomineeSearch($code: String!, $name: String) {\n    county(code: $code) {\n      code\n      organizations(first: 20, filter: { inPopulation: true, organizationCovered: true, nameContains: $name }) {\n        totalCount\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.NomineeSearchDocument,
    "\n  mutation SetQuotaPlan($input: SetQuotaPlanInput!) {\n    setQuotaPlan(input: $input) {\n      plan {\n        total\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SetQuotaPlanDocument,
    "\n  mutation NominateSite($input: NominateDemonstrationSiteInput!) {\n    nominateDemonstrationSite(input: $input) {\n      site {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.NominateSiteDocument,
    "\n  mutation ReviewSite($input: ReviewDemonstrationSiteInput!) {\n    reviewDemonstrationSite(input: $input) {\n      site {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ReviewSiteDocument,
    "\n  mutation AssessFiveHaves($input: AssessFiveHavesInput!) {\n    assessFiveHaves(input: $input) {\n      fiveHaves {\n        passed\n        missing\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AssessFiveHavesDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    viewer {\n      username\n      displayName\n      role\n      capabilities\n      county {\n        code\n        name\n        fullName\n      }\n    }\n  }\n"): typeof import('./graphql').ViewerDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      token\n      expiresAt\n      user {\n        username\n      }\n      userErrors {\n        code\n        field\n        message\n      }\n    }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LeaderContactPoints($level: LeaderLevel!, $countyCode: String, $year: Int!, $after: String) {\n    leaders(level: $level, countyCode: $countyCode, first: 100, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      nodes {\n        id\n        name\n        title\n        county {\n          code\n          name\n        }\n        contactPoints(year: $year) {\n          id\n          startedOn\n          endedOn\n          liaisonOfficerName\n          organization {\n            id\n            name\n            county {\n              code\n              name\n            }\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LeaderContactPointsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyNames {\n    city {\n      counties {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').CountyNamesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LedgerCounties {\n    city {\n      name\n      counties {\n        code\n        name\n        fullName\n        kind\n        all: organizations(first: 1) {\n          totalCount\n        }\n        inPopulation: organizations(first: 1, filter: { inPopulation: true }) {\n          totalCount\n        }\n        covered: organizations(first: 1, filter: { inPopulation: true, organizationCovered: true }) {\n          totalCount\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').LedgerCountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyOrganizations($code: String!, $first: Int!, $after: String, $filter: OrganizationFilter) {\n    county(code: $code) {\n      code\n      name\n      fullName\n      organizations(first: $first, after: $after, filter: $filter) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        nodes {\n          id\n          name\n          category\n          subtype\n          industry\n          aboveScale\n          formalMemberCount\n          coverageStatus\n          park {\n            name\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CountyOrganizationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationDetail($id: ID!) {\n    node(id: $id) {\n      id\n      ... on Organization {\n        name\n        creditCode\n        category\n        subtype\n        industry\n        employeeCount\n        aboveScale\n        formalMemberCount\n        probationaryMemberCount\n        legalRepresentativeIsMember\n        eligible\n        addedOn\n        ceasedOn\n        coverageStatus\n        county {\n          code\n          name\n        }\n        park {\n          name\n          workCommitteeName\n        }\n        branchLinks {\n          role\n          from\n          branch {\n            id\n            name\n            level\n            formation\n            formalMemberCount\n            committeeSize\n            secretaryName\n            foundedOn\n            organizations {\n              id\n              name\n            }\n          }\n        }\n        liaisons {\n          id\n          name\n          kind\n          title\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').OrganizationDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RateParts on Rate {\n    numerator\n    denominator\n    percent\n  }\n"): typeof import('./graphql').RatePartsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CoverageFigures on CoverageStats {\n    asOf\n    eligibleCount\n    branchCount\n    liaisonCount\n    gapCount\n    organizationCoverage {\n      ...RateParts\n    }\n    liaisonCoverage {\n      ...RateParts\n    }\n    dualCoverage {\n      ...RateParts\n    }\n  }\n"): typeof import('./graphql').CoverageFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CityOverview {\n    city {\n      code\n      name\n      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n        ...CoverageFigures\n      }\n      social: coverage(category: SOCIAL_ORGANIZATION) {\n        ...CoverageFigures\n      }\n      counties {\n        code\n        name\n        fullName\n        nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n          ...CoverageFigures\n        }\n        social: coverage(category: SOCIAL_ORGANIZATION) {\n          ...CoverageFigures\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').CityOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CountyOverview($code: String!) {\n    county(code: $code) {\n      code\n      name\n      fullName\n      nonPublic: coverage(category: NON_PUBLIC_ENTERPRISE) {\n        ...CoverageFigures\n      }\n      social: coverage(category: SOCIAL_ORGANIZATION) {\n        ...CoverageFigures\n      }\n    }\n  }\n"): typeof import('./graphql').CountyOverviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SiteCounties {\n    city {\n      counties {\n        code\n        name\n      }\n    }\n  }\n"): typeof import('./graphql').SiteCountiesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaPlan($level: SiteLevel!, $year: Int!) {\n    quotaPlan(level: $level, year: $year) {\n      year\n      level\n      total\n      split\n      nominated\n      approved\n      rejected\n      revoked\n      remaining\n      allocations {\n        county {\n          code\n          name\n        }\n        quota\n        nominated\n        approved\n        rejected\n        revoked\n        remaining\n      }\n    }\n  }\n"): typeof import('./graphql').QuotaPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanYears($year: Int!) {\n    city: quotaPlan(level: CITY, year: $year) {\n      total\n    }\n    county: quotaPlan(level: COUNTY, year: $year) {\n      total\n    }\n  }\n"): typeof import('./graphql').PlanYearsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QuotaSuggestion($level: SiteLevel!, $year: Int!, $total: Int!, $weight: QuotaWeight!, $minimumPerCounty: Int) {\n    quotaSuggestion(level: $level, year: $year, total: $total, weight: $weight, minimumPerCounty: $minimumPerCounty) {\n      total\n      weight\n      minimumPerCounty\n      asOf\n      note\n      allocations {\n        county {\n          code\n          name\n        }\n        quota\n        weight\n        exactShare\n      }\n    }\n  }\n"): typeof import('./graphql').QuotaSuggestionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DemonstrationSites($year: Int!, $level: SiteLevel, $countyCode: String, $status: SiteStatus) {\n    demonstrationSites(year: $year, level: $level, countyCode: $countyCode, status: $status) {\n      id\n      year\n      level\n      status\n      nominatedAt\n      nominationNote\n      reviewedAt\n      reviewNote\n      county {\n        code\n        name\n      }\n      organization {\n        id\n        name\n        branches {\n          id\n          name\n          fiveHaves(year: $year) {\n            passed\n            missing\n            assessedAt\n            evidence\n            hasOrganization\n            hasRules\n            hasActivities\n            hasVenue\n            hasImpact\n          }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').DemonstrationSitesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NomineeSearch($code: String!, $name: String) {\n    county(code: $code) {\n      code\n      organizations(first: 20, filter: { inPopulation: true, organizationCovered: true, nameContains: $name }) {\n        totalCount\n        nodes {\n          id\n          name\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').NomineeSearchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuotaPlan($input: SetQuotaPlanInput!) {\n    setQuotaPlan(input: $input) {\n      plan {\n        total\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SetQuotaPlanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NominateSite($input: NominateDemonstrationSiteInput!) {\n    nominateDemonstrationSite(input: $input) {\n      site {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').NominateSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReviewSite($input: ReviewDemonstrationSiteInput!) {\n    reviewDemonstrationSite(input: $input) {\n      site {\n        id\n        status\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ReviewSiteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssessFiveHaves($input: AssessFiveHavesInput!) {\n    assessFiveHaves(input: $input) {\n      fiveHaves {\n        passed\n        missing\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AssessFiveHavesDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
