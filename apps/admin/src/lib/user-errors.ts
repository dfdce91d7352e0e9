/**
 * userErrors → form fields. Every mutation of the contract answers expected business failures as
 * `userErrors { field message code }`, where `field` is the input path (["input", "organizationId"],
 * ["input", "allocations", "2", "quota"]). A form shows each error under its own field and the rest
 * (no field, or a field the form does not have) above the form.
 */
import type { FormInstance } from "antd";

export interface UserErrorLike {
  readonly field?: readonly string[] | null;
  readonly message: string;
  readonly code?: string;
}

/** An Ant Design name path: list indexes as numbers. */
export type NamePath = (string | number)[];

export interface FieldErrors {
  readonly name: NamePath;
  readonly errors: string[];
}

export interface MappedUserErrors {
  /** One entry per field, its messages in the server's order. */
  readonly fields: FieldErrors[];
  /** Messages that belong to no field of the form. */
  readonly general: string[];
}

/** The form's name path of an input path: without the leading `input`, list indexes as numbers. */
export function namePathOf(field: readonly string[]): NamePath {
  const rest = field[0] === "input" ? field.slice(1) : field.slice();
  return rest.map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));
}

/**
 * Splits userErrors into the form's fields and general messages. `fieldNames` are the form's
 * top-level field names; an error on a path below one of them (a list item) goes to that path.
 */
export function mapUserErrors(errors: readonly UserErrorLike[], fieldNames: readonly string[]): MappedUserErrors {
  const known = new Set(fieldNames);
  const byPath = new Map<string, FieldErrors>();
  const general: string[] = [];
  for (const error of errors) {
    const path = error.field ? namePathOf(error.field) : [];
    const head = path[0];
    if (typeof head !== "string" || !known.has(head)) {
      if (!general.includes(error.message)) general.push(error.message);
      continue;
    }
    const key = JSON.stringify(path);
    const entry = byPath.get(key);
    if (entry) {
      if (!entry.errors.includes(error.message)) entry.errors.push(error.message);
    } else {
      byPath.set(key, { name: path, errors: [error.message] });
    }
  }
  return { fields: [...byPath.values()], general };
}

/** Puts the errors on the form's fields; returns the messages to show above the form. */
export function applyUserErrors<Values>(
  form: Pick<FormInstance<Values>, "setFields">,
  errors: readonly UserErrorLike[],
  fieldNames: readonly (keyof Values & string)[],
): string[] {
  const mapped = mapUserErrors(errors, fieldNames);
  if (mapped.fields.length > 0) {
    // The paths start with one of the form's own field names (checked above).
    form.setFields(
      mapped.fields.map((f) => ({ name: f.name, errors: f.errors })) as Parameters<
        FormInstance<Values>["setFields"]
      >[0],
    );
  }
  return mapped.general;
}
