/**
 * Picks one organization by typing part of its name: the ledger is searched on the server (units
 * counted in the rates by default), in one county or the whole city, as the user types.
 */
import { Select } from "antd";
import { useEffect, useState } from "react";
import { graphql } from "../gql";
import type { OrganizationFilter } from "../gql/graphql";
import { errorMessage } from "../graphql/client";
import { useGqlQuery } from "../graphql/hooks";

export const PickOrganizationsDocument = graphql(`
  query PickOrganizations($filter: OrganizationFilter!, $first: Int!) {
    organizations(first: $first, filter: $filter) {
      totalCount
      nodes {
        id
        name
        county {
          code
          name
        }
      }
    }
  }
`);

export const PickCountyOrganizationsDocument = graphql(`
  query PickCountyOrganizations($code: String!, $filter: OrganizationFilter!, $first: Int!) {
    county(code: $code) {
      code
      organizations(first: $first, filter: $filter) {
        totalCount
        nodes {
          id
          name
          county {
            code
            name
          }
        }
      }
    }
  }
`);

const PAGE = 20;

/** Waits until typing pauses before the value is used. */
export function useDebounced<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

export interface OrganizationPickerProps {
  readonly id?: string;
  readonly value?: string;
  readonly onChange?: (id: string | undefined) => void;
  /** Search in this county only; the whole city (as far as the user may read) when absent. */
  readonly countyCode?: string | null;
  /** Extra conditions, e.g. organization-covered units only. */
  readonly filter?: Omit<OrganizationFilter, "nameContains">;
  readonly placeholder?: string;
  readonly disabled?: boolean;
  readonly "aria-label"?: string;
}

export function OrganizationPicker({
  id,
  value,
  onChange,
  countyCode,
  filter = { inPopulation: true },
  placeholder = "输入单位名称查找",
  disabled = false,
  "aria-label": ariaLabel,
}: OrganizationPickerProps) {
  const [search, setSearch] = useState("");
  const term = useDebounced(search.trim());
  const full = { ...filter, ...(term ? { nameContains: term } : {}) };
  const inCounty = useGqlQuery(
    PickCountyOrganizationsDocument,
    { code: countyCode ?? "", filter: full, first: PAGE },
    { enabled: !disabled && Boolean(countyCode) },
  );
  const inCity = useGqlQuery(
    PickOrganizationsDocument,
    { filter: full, first: PAGE },
    { enabled: !disabled && !countyCode },
  );
  const query = countyCode ? inCounty : inCity;
  const connection = countyCode ? inCounty.data?.county?.organizations : inCity.data?.organizations;
  const nodes = connection?.nodes ?? [];
  const more = connection ? connection.totalCount - nodes.length : 0;

  return (
    <Select<string>
      id={id}
      aria-label={ariaLabel}
      showSearch
      allowClear
      disabled={disabled}
      value={value}
      placeholder={placeholder}
      filterOption={false}
      onSearch={setSearch}
      onChange={(next) => onChange?.(next)}
      loading={query.isFetching}
      notFoundContent={
        query.isError ? errorMessage(query.error) : query.isFetching ? "正在查找…" : "没有符合条件的单位"
      }
      options={nodes.map((o) => ({
        value: o.id,
        label: countyCode ? o.name : `${o.name}（${o.county.name}）`,
      }))}
      dropdownRender={(menu) => (
        <>
          {menu}
          {more > 0 ? (
            <div style={{ padding: "4px 12px", color: "rgba(0,0,0,0.45)" }}>
              另有 {more} 家未列出，请输入更多名称缩小范围
            </div>
          ) : null}
        </>
      )}
      style={{ width: "100%" }}
    />
  );
}
