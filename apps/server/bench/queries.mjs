// The operations the benchmark drives; NESTED is the frontend teams' heaviest common read.
export const NESTED = `query Nested($n: Int!) {
  city {
    counties {
      code
      organizations(first: $n) {
        totalCount
        pageInfo { hasNextPage endCursor }
        nodes {
          id name organizationCovered liaisonCovered
          branches { id name formation organizations { id name } }
          liaisons { id name kind }
        }
      }
    }
  }
}`;

export const COVERAGE = `query Coverage {
  np: city { coverage(category: NON_PUBLIC_ENTERPRISE) {
    eligibleCount organizationCoverage { numerator denominator percent } liaisonCoverage { percent }
    dualCoverage { percent } branchCount liaisonCount } }
  so: city { coverage(category: SOCIAL_ORGANIZATION) {
    eligibleCount organizationCoverage { numerator denominator percent } liaisonCoverage { percent }
    dualCoverage { percent } branchCount liaisonCount } }
}`;

export const NODE = `query Node($id: ID!) {
  node(id: $id) {
    id
    ... on Organization {
      name creditCode category aboveScale formalMemberCount organizationCovered liaisonCovered
      county { code name }
      branches { id name level formation }
      liaisons { id name kind }
    }
  }
}`;
