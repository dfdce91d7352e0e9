/**
 * One write of the ledger from a form: the mutation with the session's token, its userErrors on the
 * form's fields (the rest above the form), and on success the ledger's queries refetched and a
 * message. A failed request changes nothing on the page.
 */
import { useMutation } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { useViewer } from "../../app/viewer";
import type { TypedDocumentString } from "../../gql/graphql";
import { errorMessage } from "../../graphql/client";
import { useInvalidate, useRequest } from "../../graphql/hooks";
import { mayWriteLedger } from "../../lib/ledger-forms";
import { applyUserErrors, type UserErrorLike } from "../../lib/user-errors";

export interface PayloadLike {
  readonly userErrors: readonly UserErrorLike[];
  readonly warnings?: readonly UserErrorLike[];
}

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
  const invalidate = useInvalidate();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: (input: TInput) => run(options.document, { input }),
    onMutate: () => setGeneral([]),
    onSuccess: async (result) => {
      const payload = options.payloadOf(result);
      if (payload.userErrors.length > 0) {
        setGeneral(applyUserErrors(options.form, payload.userErrors, options.fields));
        return;
      }
      await invalidate(...LEDGER_QUERIES);
      message.success(options.success);
      for (const w of payload.warnings ?? []) message.warning(w.message, 6);
      options.onDone?.(result);
    },
    onError: (error) => setGeneral([errorMessage(error)]),
  });
  return { mutation, general, reset: () => setGeneral([]) };
}

/** Whether the signed-in user may write this county's ledger (see mayWriteLedger). */
export function useMayWriteLedger(countyCode: string): boolean {
  const { viewer, scope } = useViewer();
  return mayWriteLedger(viewer, scope, countyCode);
}
