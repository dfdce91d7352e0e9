/**
 * The sites of a year and level with a status filter; the review queue (REVIEW_SITE: approve,
 * reject with a reason, revoke an approved site with a reason) and the 五有 form (ASSESS_FIVE_HAVES)
 * from a site's row.
 */
import { SITE_STATUSES } from "@liangxin/domain";
import type { UseQueryResult } from "@tanstack/react-query";
import { Button, Card, Select, Space, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useCan, useViewer } from "../../app/viewer";
import { LoadError } from "../../components/PageState";
import type { DemonstrationSitesQuery, ReviewDecision, SiteLevel, SiteStatus } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { canSeeCounty } from "../../lib/scope";
import { type CountyRef, localDay, reviewDecisionsFor } from "../../lib/sites";
import { DECISION_LABELS, SITE_LEVEL_LABELS, SITE_STATUS_LABELS, STATUS_COLORS } from "./common";
import { DemonstrationSitesDocument } from "./queries";
import { FiveHavesDialog, ReviewDialog } from "./SiteDialogs";

export type Site = DemonstrationSitesQuery["demonstrationSites"][number];

/** The site's 五有 of its year, from the branches covering its unit: passed if one passed. */
export function FiveHavesCell({ site }: { site: Site }) {
  const assessed = site.organization.branches.flatMap((b) => (b.fiveHaves ? [b.fiveHaves] : []));
  if (assessed.some((f) => f.passed)) return <Tag color="success">已通过</Tag>;
  if (assessed.length === 0) return <Tag>未评估</Tag>;
  const missing = assessed[0]?.missing ?? [];
  return <Tag color="error">未通过（缺{missing.join("、")}）</Tag>;
}

type Dialog = { kind: "review"; site: Site; decision: ReviewDecision } | { kind: "fiveHaves"; site: Site } | null;

export function SiteList({
  year,
  level,
  counties,
  sites,
}: {
  year: number;
  level: SiteLevel;
  counties: readonly CountyRef[];
  sites: UseQueryResult<DemonstrationSitesQuery>;
}) {
  const { scope } = useViewer();
  const can = useCan();
  const [status, setStatus] = useState<SiteStatus | "">("");
  const [county, setCounty] = useState("");
  const [dialog, setDialog] = useState<Dialog>(null);
  const filtered = useGqlQuery(
    DemonstrationSitesDocument,
    { year, level, countyCode: county || null, status: status || null },
    { enabled: status !== "" || county !== "" },
  );
  const list = status === "" && county === "" ? sites : filtered;
  const mayReview = can("REVIEW_SITE");
  const mayAssess = (site: Site) =>
    can("ASSESS_FIVE_HAVES") &&
    (scope.kind === "CITY" || canSeeCounty(scope, site.county.code)) &&
    site.organization.branches.length > 0;
  const pending = (sites.data?.demonstrationSites ?? []).filter((s) => s.status === "NOMINATED").length;
  const showActions = mayReview || can("ASSESS_FIVE_HAVES");

  return (
    <Card
      size="small"
      title={`${year} 年度${SITE_LEVEL_LABELS[level]}示范点`}
      extra={
        <Space wrap>
          {mayReview ? (
            <Button
              size="small"
              type={status === "NOMINATED" ? "primary" : "default"}
              onClick={() => setStatus("NOMINATED")}
            >
              待审核 {pending} 个
            </Button>
          ) : null}
          <label htmlFor="sites-status">状态</label>
          <Select<SiteStatus | "">
            id="sites-status"
            size="small"
            style={{ width: 110 }}
            value={status}
            onChange={setStatus}
            options={[
              { value: "", label: "全部" },
              ...SITE_STATUSES.map((s) => ({ value: s, label: SITE_STATUS_LABELS[s] })),
            ]}
          />
          {scope.kind === "CITY" ? (
            <>
              <label htmlFor="sites-county">县（市）区</label>
              <Select<string>
                id="sites-county"
                size="small"
                style={{ width: 120 }}
                value={county}
                onChange={setCounty}
                options={[{ value: "", label: "全部" }, ...counties.map((c) => ({ value: c.code, label: c.name }))]}
              />
            </>
          ) : null}
        </Space>
      }
    >
      {list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : (
        <Table<Site>
          rowKey="id"
          size="small"
          loading={list.isPending}
          dataSource={list.data?.demonstrationSites ?? []}
          pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
          aria-label="示范点列表"
          data-testid="site-list"
          locale={{ emptyText: status || county ? "没有符合条件的示范点" : "本年度尚未推荐示范点" }}
          columns={[
            { title: "单位", render: (_, s) => s.organization.name },
            ...(scope.kind === "CITY"
              ? [{ title: "县（市）区", width: 100, render: (_: unknown, s: Site) => s.county.name }]
              : []),
            {
              title: "状态",
              width: 90,
              render: (_, s) => <Tag color={STATUS_COLORS[s.status]}>{SITE_STATUS_LABELS[s.status]}</Tag>,
            },
            { title: "五有", width: 150, render: (_, s) => <FiveHavesCell site={s} /> },
            { title: "推荐日期", width: 100, render: (_, s) => localDay(s.nominatedAt) },
            {
              title: "说明 / 审核意见",
              ellipsis: true,
              render: (_, s) => s.reviewNote ?? s.nominationNote ?? "—",
            },
            ...(showActions
              ? [
                  {
                    title: "操作",
                    width: 200,
                    render: (_: unknown, s: Site) => (
                      <Space size={4} wrap>
                        {mayReview
                          ? reviewDecisionsFor(s.status).map((d) => (
                              <Button
                                key={d}
                                size="small"
                                danger={d !== "APPROVE"}
                                type={d === "APPROVE" ? "primary" : "default"}
                                onClick={() => setDialog({ kind: "review", site: s, decision: d })}
                              >
                                {DECISION_LABELS[d]}
                              </Button>
                            ))
                          : null}
                        {mayAssess(s) ? (
                          <Button size="small" onClick={() => setDialog({ kind: "fiveHaves", site: s })}>
                            五有评估
                          </Button>
                        ) : null}
                      </Space>
                    ),
                  },
                ]
              : []),
          ]}
        />
      )}
      {dialog?.kind === "review" ? (
        <ReviewDialog
          site={dialog.site}
          decision={dialog.decision}
          onClose={() => setDialog(null)}
          onOpenFiveHaves={mayAssess(dialog.site) ? () => setDialog({ kind: "fiveHaves", site: dialog.site }) : null}
        />
      ) : null}
      {dialog?.kind === "fiveHaves" ? (
        <FiveHavesDialog site={dialog.site} year={year} onClose={() => setDialog(null)} />
      ) : null}
      {!showActions ? null : (
        <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
          批准示范点须该单位党组织本年度「五有」评估通过；不予批准和撤销须填写理由。
        </Typography.Paragraph>
      )}
    </Card>
  );
}
