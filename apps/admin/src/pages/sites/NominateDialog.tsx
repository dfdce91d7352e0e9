/**
 * Nominating a site (NOMINATE_SITE): an organization-covered unit in the population of one's county
 * (a county role: its own; the city admin chooses the county), searched by name.
 */
import { useMutation } from "@tanstack/react-query";
import { Alert, App, Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useViewer } from "../../app/viewer";
import { OrganizationPicker } from "../../components/OrganizationPicker";
import type { SiteLevel } from "../../gql/graphql";
import { errorMessage } from "../../graphql/client";
import { useRequest } from "../../graphql/hooks";
import type { CountyRef } from "../../lib/sites";
import { applyUserErrors } from "../../lib/user-errors";
import { SITE_LEVEL_LABELS, useRefreshSites } from "./common";
import { NominateSiteDocument } from "./queries";

interface NominateValues {
  countyCode: string;
  organizationId: string;
  note?: string;
}

export function NominateDialog({
  year,
  level,
  counties,
  onClose,
}: {
  year: number;
  level: SiteLevel;
  counties: readonly CountyRef[];
  onClose: () => void;
}) {
  const { scope } = useViewer();
  const { message } = App.useApp();
  const run = useRequest();
  const refresh = useRefreshSites();
  const [form] = Form.useForm<NominateValues>();
  const [general, setGeneral] = useState<string[]>([]);
  const ownCounty = scope.kind === "COUNTY" ? scope.countyCode : null;
  const chosenCounty = Form.useWatch("countyCode", form) ?? ownCounty ?? "";

  const nominate = useMutation({
    mutationFn: (values: NominateValues) =>
      run(NominateSiteDocument, {
        input: { year, level, organizationId: values.organizationId, note: values.note?.trim() || null },
      }),
    onSuccess: async (data) => {
      const errors = data.nominateDemonstrationSite.userErrors;
      if (errors.length > 0) {
        setGeneral(applyUserErrors(form, errors, ["organizationId", "note"]));
        return;
      }
      await refresh();
      message.success("已推荐，等待审核");
      onClose();
    },
    onError: (error) => setGeneral([errorMessage(error)]),
  });

  return (
    <Modal
      open
      title={`推荐 ${year} 年度${SITE_LEVEL_LABELS[level]}示范点`}
      okText="推荐"
      cancelText="取消"
      confirmLoading={nominate.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Form<NominateValues>
        form={form}
        name="nominate"
        layout="vertical"
        initialValues={{ countyCode: ownCounty ?? undefined }}
        onFinish={(values) => {
          setGeneral([]);
          nominate.mutate(values);
        }}
      >
        {general.length > 0 ? (
          <Alert type="error" showIcon role="alert" style={{ marginBottom: 16 }} message={general.join("；")} />
        ) : null}
        {ownCounty === null ? (
          <Form.Item label="县（市）区" name="countyCode" rules={[{ required: true, message: "请选择县（市）区" }]}>
            <Select
              placeholder="选择县（市）区"
              options={counties.map((c) => ({ value: c.code, label: c.name }))}
              onChange={() => form.setFieldValue("organizationId", undefined)}
            />
          </Form.Item>
        ) : null}
        <Form.Item
          label="单位"
          name="organizationId"
          rules={[{ required: true, message: "请选择推荐的单位" }]}
          extra="只列出已建立党组织、正常经营且具备开展党建工作条件的单位；输入名称搜索。"
        >
          <OrganizationPicker
            countyCode={chosenCounty || null}
            disabled={chosenCounty === ""}
            filter={{ inPopulation: true, organizationCovered: true }}
            placeholder={chosenCounty ? "输入单位名称搜索" : "请先选择县（市）区"}
          />
        </Form.Item>
        <Form.Item label="推荐说明" name="note">
          <Input.TextArea rows={3} maxLength={500} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
