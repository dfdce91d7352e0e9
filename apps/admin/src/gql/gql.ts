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
    "\n  fragment ReportFigures on MonthlyReport {\n    id\n    period\n    status\n    frozen\n    dueOn\n    submittedAt\n    daysLate\n    note\n    returnNote\n    reviewNote\n    reviewedAt\n    county {\n      code\n      name\n      fullName\n    }\n    coverage {\n      asOf\n      eligibleCount\n      branchCount\n      liaisonCount\n      organizationCoverage {\n        ...RateParts\n      }\n      liaisonCoverage {\n        ...RateParts\n      }\n      dualCoverage {\n        ...RateParts\n      }\n    }\n  }\n": typeof types.ReportFiguresFragmentDoc,
    "\n  query MonthlyReports($period: String!) {\n    monthlyReports(period: $period) {\n      ...ReportFigures\n    }\n  }\n": typeof types.MonthlyReportsDocument,
    "\n  query Bulletin($period: String!, $metric: BulletinMetric!, $category: OrganizationCategory) {\n    bulletin(period: $period, metric: $metric, category: $category) {\n      period\n      metric\n      metricLabel\n      category\n      asOf\n      dueOn\n      missing {\n        code\n        name\n      }\n      overdue {\n        code\n        name\n      }\n      rows {\n        rank\n        county {\n          code\n          name\n        }\n        rate {\n          ...RateParts\n        }\n        changePoints\n        reportStatus\n        daysLate\n        live\n      }\n    }\n  }\n": typeof types.BulletinDocument,
    "\n  mutation PrepareMonthlyReport($input: PrepareMonthlyReportInput!) {\n    prepareMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.PrepareMonthlyReportDocument,
    "\n  mutation SubmitMonthlyReport($input: ReportTransitionInput!) {\n    submitMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.SubmitMonthlyReportDocument,
    "\n  mutation ReturnMonthlyReport($input: ReportTransitionInput!) {\n    returnMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.ReturnMonthlyReportDocument,
    "\n  mutation AcceptMonthlyReport($input: ReportTransitionInput!) {\n    acceptMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": typeof types.AcceptMonthlyReportDocument,
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
    "\n  fragment ReportFigures on MonthlyReport {\n    id\n    period\n    status\n    frozen\n    dueOn\n    submittedAt\n    daysLate\n    note\n    returnNote\n    reviewNote\n    reviewedAt\n    county {\n      code\n      name\n      fullName\n    }\n    coverage {\n      asOf\n      eligibleCount\n      branchCount\n      liaisonCount\n      organizationCoverage {\n        ...RateParts\n      }\n      liaisonCoverage {\n        ...RateParts\n      }\n      dualCoverage {\n        ...RateParts\n      }\n    }\n  }\n": types.ReportFiguresFragmentDoc,
    "\n  query MonthlyReports($period: String!) {\n    monthlyReports(period: $period) {\n      ...ReportFigures\n    }\n  }\n": types.MonthlyReportsDocument,
    "\n  query Bulletin($period: String!, $metric: BulletinMetric!, $category: OrganizationCategory) {\n    bulletin(period: $period, metric: $metric, category: $category) {\n      period\n      metric\n      metricLabel\n      category\n      asOf\n      dueOn\n      missing {\n        code\n        name\n      }\n      overdue {\n        code\n        name\n      }\n      rows {\n        rank\n        county {\n          code\n          name\n        }\n        rate {\n          ...RateParts\n        }\n        changePoints\n        reportStatus\n        daysLate\n        live\n      }\n    }\n  }\n": types.BulletinDocument,
    "\n  mutation PrepareMonthlyReport($input: PrepareMonthlyReportInput!) {\n    prepareMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.PrepareMonthlyReportDocument,
    "\n  mutation SubmitMonthlyReport($input: ReportTransitionInput!) {\n    submitMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.SubmitMonthlyReportDocument,
    "\n  mutation ReturnMonthlyReport($input: ReportTransitionInput!) {\n    returnMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.ReturnMonthlyReportDocument,
    "\n  mutation AcceptMonthlyReport($input: ReportTransitionInput!) {\n    acceptMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n": types.AcceptMonthlyReportDocument,
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
export function graphql(source: "\n  fragment ReportFigures on MonthlyReport {\n    id\n    period\n    status\n    frozen\n    dueOn\n    submittedAt\n    daysLate\n    note\n    returnNote\n    reviewNote\n    reviewedAt\n    county {\n      code\n      name\n      fullName\n    }\n    coverage {\n      asOf\n      eligibleCount\n      branchCount\n      liaisonCount\n      organizationCoverage {\n        ...RateParts\n      }\n      liaisonCoverage {\n        ...RateParts\n      }\n      dualCoverage {\n        ...RateParts\n      }\n    }\n  }\n"): typeof import('./graphql').ReportFiguresFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonthlyReports($period: String!) {\n    monthlyReports(period: $period) {\n      ...ReportFigures\n    }\n  }\n"): typeof import('./graphql').MonthlyReportsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Bulletin($period: String!, $metric: BulletinMetric!, $category: OrganizationCategory) {\n    bulletin(period: $period, metric: $metric, category: $category) {\n      period\n      metric\n      metricLabel\n      category\n      asOf\n      dueOn\n      missing {\n        code\n        name\n      }\n      overdue {\n        code\n        name\n      }\n      rows {\n        rank\n        county {\n          code\n          name\n        }\n        rate {\n          ...RateParts\n        }\n        changePoints\n        reportStatus\n        daysLate\n        live\n      }\n    }\n  }\n"): typeof import('./graphql').BulletinDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PrepareMonthlyReport($input: PrepareMonthlyReportInput!) {\n    prepareMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').PrepareMonthlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitMonthlyReport($input: ReportTransitionInput!) {\n    submitMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').SubmitMonthlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReturnMonthlyReport($input: ReportTransitionInput!) {\n    returnMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').ReturnMonthlyReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptMonthlyReport($input: ReportTransitionInput!) {\n    acceptMonthlyReport(input: $input) {\n      report {\n        ...ReportFigures\n      }\n      userErrors {\n        field\n        message\n        code\n      }\n    }\n  }\n"): typeof import('./graphql').AcceptMonthlyReportDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
