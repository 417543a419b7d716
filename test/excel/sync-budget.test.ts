import { measureCollectSyncs, measureSyncs } from "./sync-counts";

jest.setTimeout(60_000);

it("loads and validates in the same few round trips for 50 and 2 000 KPIs", async () => {
  const small = await measureSyncs(50);
  const large = await measureSyncs(2000);
  expect(large.loadSyncs).toBe(small.loadSyncs);
  expect(large.validateSyncs).toBe(small.validateSyncs);
  expect(small.loadSyncs).toBeLessThanOrEqual(4);
  expect(small.validateSyncs).toBeLessThanOrEqual(4);
});

it("collects 2 or 20 returns in the same few round trips", async () => {
  const two = await measureCollectSyncs(2);
  expect(await measureCollectSyncs(20)).toBe(two);
  expect(two).toBeLessThanOrEqual(4);
});
