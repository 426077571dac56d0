/* The ribbon's function file: registers "validate" once Office is ready, and always completes the event. */

type Handler = (event: { completed: () => void }) => Promise<void>;

function loadCommands(validateFromRibbon: jest.Mock): { associate: jest.Mock; handler: () => Handler } {
  const associate = jest.fn();
  (globalThis as unknown as { Office: unknown }).Office = { onReady: (callback: () => void) => callback(), actions: { associate } };
  jest.isolateModules(() => {
    jest.doMock("../../src/commands/validate", () => ({ validateFromRibbon }));
    require("../../src/commands/index");
  });
  return { associate, handler: () => associate.mock.calls[0][1] as Handler };
}

afterEach(() => {
  delete (globalThis as { Office?: unknown }).Office;
  jest.restoreAllMocks();
});

test("registers validate with Office.actions.associate", () => {
  const { associate } = loadCommands(jest.fn());
  expect(associate).toHaveBeenCalledTimes(1);
  expect(associate).toHaveBeenCalledWith("validate", expect.any(Function));
});

test("runs the ribbon validation and completes the event", async () => {
  const validate = jest.fn().mockResolvedValue({ findings: [], counts: { fel: 0, varning: 0 } });
  const { handler } = loadCommands(validate);
  const event = { completed: jest.fn() };
  await handler()(event);
  expect(validate).toHaveBeenCalledTimes(1);
  expect(event.completed).toHaveBeenCalledTimes(1);
});

test("completes the event even when validation throws", async () => {
  const error = jest.spyOn(console, "error").mockImplementation(() => {});
  const { handler } = loadCommands(jest.fn().mockRejectedValue(new Error("Excel is busy")));
  const event = { completed: jest.fn() };
  await expect(handler()(event)).resolves.toBeUndefined();
  expect(event.completed).toHaveBeenCalledTimes(1);
  expect(error).toHaveBeenCalled();
});
