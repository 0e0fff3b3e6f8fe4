import { describe, expect, it } from 'vitest';
import { JsonAnswer, resultText, resultValue } from '../../main/services/jsonAnswer';

describe('an answer written ahead as JSON text', () => {
  const design = { meta: { name: 'a "quoted" name' }, devices: [{ id: 'd1' }] };
  const answer = JsonAnswer.withText<unknown>(
    { path: '/x/a.clusterwire', catalogWarnings: [] },
    'design',
    JSON.stringify(design),
  );

  it('is sent as the JSON the value itself would be', () => {
    const expected = {
      ok: true,
      value: { path: '/x/a.clusterwire', catalogWarnings: [], design },
    };
    expect(JSON.parse(resultText({ ok: true, value: answer }))).toEqual(expected);
    expect(resultValue({ ok: true, value: answer })).toEqual(expected);
  });

  it('holds only the spliced key when there are no other fields', () => {
    expect(JSON.parse(JsonAnswer.withText({}, 'design', '[1,2]').text)).toEqual({ design: [1, 2] });
  });

  it('leaves every other result as it is', () => {
    const plain = { ok: true as const, value: { name: 'x' } };
    const failed = { ok: false as const, error: { code: 'io' as const, message: 'gone' } };
    expect(resultText(plain)).toBe(JSON.stringify(plain));
    expect(resultText(failed)).toBe(JSON.stringify(failed));
    expect(resultValue(plain)).toBe(plain);
  });
});
