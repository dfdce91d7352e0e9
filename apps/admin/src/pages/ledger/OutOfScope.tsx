import { Result } from "antd";
import { Link } from "react-router";

/** Shown instead of another county's data to a county's user. */
export function OutOfScope() {
  return (
    <Result
      status="403"
      title="无权查看"
      subTitle="您的账号只能查看本县（市）区的数据。"
      extra={<Link to="/ledger">返回本县（市）区台账</Link>}
    />
  );
}
