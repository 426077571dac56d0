import { officeExcelRun } from "../excel";
import { languageFor, MESSAGES } from "../taskpane/i18n";
import { noticeFromSearch, renderNotice, showNoticeDialog } from "./notice";
import { ribbonValidate } from "./ribbon";

/*
 * The ribbon's function file. Each button's function always calls event.completed(), also after
 * an error, or Excel leaves the button spinning; Validera completes once its notice is closed. The
 * same page, opened in a dialog with a notice in its address, draws that notice instead.
 */
async function validate(event: Office.AddinCommands.Event): Promise<void> {
  try {
    await ribbonValidate({
      run: officeExcelRun,
      language: languageFor(Office.context?.displayLanguage),
      notify: (notice) => showNoticeDialog(notice),
      log: (message, error) => console.error(message, error),
    });
  } finally {
    event.completed();
  }
}

const notice = typeof window !== "undefined" ? noticeFromSearch(window.location.search) : null;
Office.onReady(() => {
  if (notice) renderNotice(notice, MESSAGES[notice.language].close);
  else Office.actions.associate("validate", validate);
});
