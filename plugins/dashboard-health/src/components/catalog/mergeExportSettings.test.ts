import { mergeExportSettings } from './mergeExportSettings';

describe('mergeExportSettings', () => {
  const csv = jest.fn();
  const xlsx = jest.fn();

  it('adds up exporters and keeps the first columns, as the catalog page does', () => {
    const merged = mergeExportSettings({ enabled: true }, [
      {
        exporters: { csv: csv as never },
        columns: [{ entityFilterKey: 'metadata.name' }],
      },
      undefined,
      {
        exporters: { xlsx: xlsx as never },
        columns: [{ entityFilterKey: 'spec.owner' }],
      },
    ]);
    expect(merged).toEqual({
      enabled: true,
      exporters: { csv, xlsx },
      columns: [{ entityFilterKey: 'metadata.name' }],
    });
  });

  it('is undefined unless export is enabled in config', () => {
    expect(
      mergeExportSettings(undefined, [{ exporters: { csv: csv as never } }]),
    ).toBeUndefined();
  });
});
