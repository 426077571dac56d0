import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useMessages } from "./i18n";

/** Placeholder until validation lands: says so plainly, shows no made-up findings. */
export function ValidateView() {
  const t = useMessages();
  return (
    <div>
      <p>{t.validateIntro}</p>
      <MessageBar intent="info">
        <MessageBarBody>{t.validateUnavailable}</MessageBarBody>
      </MessageBar>
    </div>
  );
}
