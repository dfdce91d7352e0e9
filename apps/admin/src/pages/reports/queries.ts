import { graphql } from "../../gql";

export const ReportFiguresFragment = graphql(`
  fragment ReportFigures on MonthlyReport {
    id
    period
    status
    frozen
    dueOn
    submittedAt
    daysLate
    note
    returnNote
    reviewNote
    reviewedAt
    county {
      code
      name
      fullName
    }
    coverage {
      asOf
      eligibleCount
      branchCount
      liaisonCount
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
  }
`);

export const MonthlyReportsDocument = graphql(`
  query MonthlyReports($period: String!) {
    monthlyReports(period: $period) {
      ...ReportFigures
    }
  }
`);

export const BulletinDocument = graphql(`
  query Bulletin($period: String!, $metric: BulletinMetric!, $category: OrganizationCategory) {
    bulletin(period: $period, metric: $metric, category: $category) {
      period
      metric
      metricLabel
      category
      asOf
      dueOn
      missing {
        code
        name
      }
      overdue {
        code
        name
      }
      rows {
        rank
        county {
          code
          name
        }
        rate {
          ...RateParts
        }
        changePoints
        reportStatus
        daysLate
        live
      }
    }
  }
`);

export const PrepareMonthlyReportDocument = graphql(`
  mutation PrepareMonthlyReport($input: PrepareMonthlyReportInput!) {
    prepareMonthlyReport(input: $input) {
      report {
        ...ReportFigures
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const SubmitMonthlyReportDocument = graphql(`
  mutation SubmitMonthlyReport($input: ReportTransitionInput!) {
    submitMonthlyReport(input: $input) {
      report {
        ...ReportFigures
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const ReturnMonthlyReportDocument = graphql(`
  mutation ReturnMonthlyReport($input: ReportTransitionInput!) {
    returnMonthlyReport(input: $input) {
      report {
        ...ReportFigures
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export const AcceptMonthlyReportDocument = graphql(`
  mutation AcceptMonthlyReport($input: ReportTransitionInput!) {
    acceptMonthlyReport(input: $input) {
      report {
        ...ReportFigures
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
