/**
 * One write from a form: the mutation with the session's token, its userErrors on the form's fields
 * (the rest above the form, see components/FormErrors), and on success the affected queries read
 * again, a message, and the caller's next step. A failed request changes nothing on the page.
 */
import { useMutation } from "@tanstack/react-query";
import { App, type FormInstance } from "antd";
import { useState } from "react";
import { applyUserErrors, type UserErrorLike } from "../lib/user-errors";
import { errorMessage } from "./client";
import { useInvalidate } from "./hooks";

export interface PayloadLike {
  readonly userErrors: readonly UserErrorLike[];
  /** Accepted, with something to heed (shown as warnings after the success message). */
  readonly warnings?: readonly UserErrorLike[];
}

export interface FormMutationOptions<TInput, TResult, Values> {
  /** Sends the write (typically `run(Document, { input })`). */
  readonly send: (input: TInput) => Promise<TResult>;
  /** The payload with the userErrors in the result. */
  readonly payloadOf: (result: TResult) => PayloadLike;
  readonly form: FormInstance<Values>;
  /** The form's fields that userErrors may name. */
  readonly fields: readonly (keyof Values & string)[];
  readonly success: string | ((result: TResult) => string);
  /** Operation names of the queries the write changes. */
  readonly affects: readonly string[];
  readonly onDone?: (result: TResult) => void;
}

export function useFormMutation<TInput, TResult, Values>(options: FormMutationOptions<TInput, TResult, Values>) {
  const invalidate = useInvalidate();
  const { message } = App.useApp();
  const [general, setGeneral] = useState<string[]>([]);
  const mutation = useMutation({
    mutationFn: options.send,
    onMutate: () => setGeneral([]),
    onSuccess: async (result) => {
      const payload = options.payloadOf(result);
      if (payload.userErrors.length > 0) {
        setGeneral(applyUserErrors(options.form, payload.userErrors, options.fields));
        return;
      }
      await invalidate(...options.affects);
      message.success(typeof options.success === "string" ? options.success : options.success(result));
      for (const w of payload.warnings ?? []) message.warning(w.message, 6);
      options.onDone?.(result);
    },
    onError: (error) => setGeneral([errorMessage(error)]),
  });
  return { mutation, general, reset: () => setGeneral([]) };
}
