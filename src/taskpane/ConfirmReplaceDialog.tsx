import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { useMessages } from "./i18n";

/** Asks before sheets that already exist are replaced; nothing is overwritten without a yes. */
export function ConfirmReplaceDialog({ sheets, onReplace, onCancel }: { sheets: string[]; onReplace: () => void; onCancel: () => void }) {
  const t = useMessages();
  return (
    <Dialog open={sheets.length > 0} onOpenChange={(_, data) => !data.open && onCancel()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{t.replaceTitle}</DialogTitle>
          <DialogContent>{t.replaceBody(sheets.join(", "))}</DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {t.cancel}
            </Button>
            <Button appearance="primary" onClick={onReplace}>
              {t.replaceConfirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
