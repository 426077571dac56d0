/*
 * The errors the in-memory workbook throws, shaped as Office.js shapes them (OfficeExtension.Error):
 * name "RichApi.Error", a code from Excel.ErrorCodes, a message, httpStatusCode and debugInfo with
 * the code, the message and where it happened. Codes and messages are Microsoft's: the table in
 * "Error handling with the Excel JavaScript API" (office-js-docs-pr, docs/excel/excel-add-ins-error-handling.md)
 * and, for the payload limits, the strings office.js itself carries
 * (@microsoft/office-js, dist/en-us/office_strings.js: L_RequestPayloadSizeLimitExceededMessage and
 * L_ResponsePayloadSizeLimitExceededMessage; L_InvalidOperationInCellEditMode; L_InternalErrorDescription for
 * GeneralException). The in-memory workbook raises the last three only when a test makes it fail.
 */

const LIMITS_DOC = '"https://docs.microsoft.com/office/dev/add-ins/concepts/resource-limits-and-performance-optimization#excel-add-ins"';

export const OFFICE_MESSAGES = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "An internal error has occurred.",
  InvalidOperationInCellEditMode: "Excel is in cell-editing mode. Please exit the edit mode by pressing ENTER or TAB or selecting another cell, and then try again.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation attempted is invalid on the object.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded: "The property is not available.",
  RangeExceedsLimit: "The cell count in the range has exceeded the maximum supported number.",
  RequestPayloadSizeLimitExceeded: `The request payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
  ResponsePayloadSizeLimitExceeded: `The response payload size has exceeded the limit. Please refer to the documentation: ${LIMITS_DOC}.`,
} as const;

export type OfficeErrorCode = keyof typeof OFFICE_MESSAGES;

export class RichApiError extends Error {
  /** Only where office.js says: 400 for InvalidArgument and the payload limits (RichApiMessageUtility.buildResponseOnError, RuntimeError). */
  readonly httpStatusCode?: number;
  readonly debugInfo: { code: string; message: string; errorLocation?: string };
  constructor(
    readonly code: OfficeErrorCode,
    message: string = OFFICE_MESSAGES[code],
    errorLocation?: string
  ) {
    super(message);
    this.name = "RichApi.Error";
    if (code === "InvalidArgument" || code.endsWith("PayloadSizeLimitExceeded")) this.httpStatusCode = 400;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export class PropertyNotLoadedError extends RichApiError {
  constructor(property: string) {
    super("PropertyNotLoaded", `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`);
  }
}

export class ItemNotFoundError extends RichApiError {
  constructor(message: string = OFFICE_MESSAGES.ItemNotFound) {
    super("ItemNotFound", message);
  }
}

export class InvalidArgumentError extends RichApiError {
  constructor(message: string = OFFICE_MESSAGES.InvalidArgument, errorLocation?: string) {
    super("InvalidArgument", message, errorLocation);
  }
}

export class ItemAlreadyExistsError extends RichApiError {
  constructor(message: string = OFFICE_MESSAGES.ItemAlreadyExists, errorLocation?: string) {
    super("ItemAlreadyExists", message, errorLocation);
  }
}
