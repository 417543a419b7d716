/** Browser APIs Fluent uses that jsdom lacks (MessageBar measures itself with ResizeObserver). */
class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const scope = globalThis as unknown as { ResizeObserver?: unknown };
if (typeof scope.ResizeObserver !== "function") scope.ResizeObserver = ResizeObserverStub;
