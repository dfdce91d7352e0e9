/**
 * Nominating a site (NOMINATE_SITE): an organization-covered unit in the population of one's county
 * (a county role: its own; the city admin chooses the county), searched by name.
 */
import { Form, Input, Modal, Select } from "antd";
import { useViewer } from "../../app/viewer";
import { FormErrors } from "../../components/FormErrors";
import { OrganizationPicker } from "../../components/OrganizationPicker";
import type { SiteLevel } from "../../gql/graphql";
import { useRequest } from "../../graphql/hooks";
import { useFormMutation } from "../../graphql/use-form-mutation";
import type { CountyRef } from "../../lib/sites";
import { SITE_LEVEL_LABELS, SITE_QUERIES } from "./common";
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
  const run = useRequest();
  const [form] = Form.useForm<NominateValues>();
  const ownCounty = scope.kind === "COUNTY" ? scope.countyCode : null;
  const chosenCounty = Form.useWatch("countyCode", form) ?? ownCounty ?? "";

  const nominate = useFormMutation({
    send: (values: NominateValues) =>
      run(NominateSiteDocument, {
        input: { year, level, organizationId: values.organizationId, note: values.note?.trim() || null },
      }),
    payloadOf: (data) => data.nominateDemonstrationSite,
    form,
    fields: ["organizationId", "note"],
    success: "已推荐，等待审核",
    affects: SITE_QUERIES,
    onDone: onClose,
  });

  return (
    <Modal
      open
      title={`推荐 ${year} 年度${SITE_LEVEL_LABELS[level]}示范点`}
      okText="推荐"
      cancelText="取消"
      confirmLoading={nominate.mutation.isPending}
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
          nominate.mutation.mutate(values);
        }}
      >
        <FormErrors messages={nominate.general} />
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
