/** 组织台账, first level: the nine counties (a county's user goes straight to its own). */
import { Card, Table, Typography } from "antd";
import { Link, Navigate } from "react-router";
import { useViewer } from "../../app/viewer";
import { LoadError, Loading } from "../../components/PageState";
import type { LedgerCountiesQuery } from "../../gql/graphql";
import { useGqlQuery } from "../../graphql/hooks";
import { countyKindLabel } from "../../lib/labels";
import { formatCount } from "../../lib/rates";
import { LedgerCountiesDocument } from "./queries";

type CountyRow = LedgerCountiesQuery["city"]["counties"][number];

function CityLedger() {
  const query = useGqlQuery(LedgerCountiesDocument, {});
  if (query.isPending) return <Loading />;
  if (query.isError) return <LoadError error={query.error} onRetry={() => query.refetch()} />;
  return (
    <Card>
      <Typography.Title level={3} style={{ marginTop: 0 }}>
        组织台账
      </Typography.Title>
      <Typography.Paragraph type="secondary">选择县（市）区，查看其两新组织、党组织和联络员。</Typography.Paragraph>
      <Table<CountyRow>
        rowKey="code"
        pagination={false}
        dataSource={query.data.city.counties}
        aria-label="县（市）区"
        columns={[
          {
            title: "县（市）区",
            dataIndex: "name",
            render: (name: string, row) => <Link to={`/ledger/${row.code}`}>{name}</Link>,
          },
          { title: "全称", dataIndex: "fullName" },
          { title: "类型", dataIndex: "kind", render: (kind: string) => countyKindLabel(kind) },
          { title: "台账单位", align: "right", render: (_, row) => formatCount(row.all.totalCount) },
          { title: "计入统计", align: "right", render: (_, row) => formatCount(row.inPopulation.totalCount) },
          { title: "已建党组织", align: "right", render: (_, row) => formatCount(row.covered.totalCount) },
        ]}
      />
    </Card>
  );
}

export default function LedgerIndexPage() {
  const { scope } = useViewer();
  if (scope.kind === "COUNTY") return <Navigate to={`/ledger/${scope.countyCode}`} replace />;
  return <CityLedger />;
}
