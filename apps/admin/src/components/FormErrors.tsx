import { Alert } from "antd";

/** Messages of a write that belong to no field, above the form. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <Alert
      type="error"
      showIcon
      role="alert"
      style={{ marginBottom: 16 }}
      message={messages.length === 1 ? messages[0] : "未能保存"}
      description={
        messages.length > 1 ? (
          <ul style={{ margin: 0, paddingLeft: 20 }}>
            {messages.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        ) : undefined
      }
    />
  );
}
