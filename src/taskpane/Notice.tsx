import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useMessages } from "./i18n";

/** One message under a view's actions; errors get a title so they read as errors, not news. */
export function Notice({ intent, text, testId }: { intent: "success" | "info" | "warning" | "error"; text: string; testId?: string }) {
  const t = useMessages();
  return (
    <MessageBar intent={intent} data-testid={testId}>
      <MessageBarBody>
        {intent === "error" && <MessageBarTitle>{t.errorTitle}</MessageBarTitle>}
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}
