/**
 * A write of the ledger from a form (useFormMutation): afterwards the ledger's pages and the overview
 * read again.
 */
import type { FormInstance } from "antd";
import { useViewer } from "../../app/viewer";
import type { TypedDocumentString } from "../../gql/graphql";
import { useRequest } from "../../graphql/hooks";
import { type PayloadLike, useFormMutation } from "../../graphql/use-form-mutation";
import { mayWriteLedger } from "../../lib/ledger-forms";

/** The queries a ledger write can change. */
export const LEDGER_QUERIES = [
  "LedgerCounties",
  "CountyOrganizations",
  "OrganizationDetail",
  "OrganizationHistory",
  "BranchHistory",
  "CityOverview",
  "CountyOverview",
  "Targets",
];

export function useLedgerWrite<TResult, TInput, Values>(options: {
  document: TypedDocumentString<TResult, { input: TInput }>;
  payloadOf: (result: TResult) => PayloadLike;
  form: FormInstance<Values>;
  fields: readonly (keyof Values & string)[];
  success: string;
  onDone?: (result: TResult) => void;
}) {
  const run = useRequest();
  const { document, ...rest } = options;
  return useFormMutation({ ...rest, send: (input: TInput) => run(document, { input }), affects: LEDGER_QUERIES });
}

/** Whether the signed-in user may write this county's ledger (see mayWriteLedger). */
export function useMayWriteLedger(countyCode: string): boolean {
  const { viewer, scope } = useViewer();
  return mayWriteLedger(viewer, scope, countyCode);
}
