import { describe, expect, it } from 'vitest';
import { RpcFailure } from '../../../../renderer/api/rpc-failure.ts';
import { errorMessage, fieldErrors } from '../../../../renderer/i18n/errors.ts';
import { createI18n } from '../../../../renderer/i18n/setup.ts';

const failure = new RpcFailure({
  code: 'invalid_input',
  message: 'Invalid input',
  issues: [
    { path: ['name'], code: 'tooLong', params: { max: 80 } },
    { path: ['url'], code: 'invalidUrl' },
    { path: ['name'], code: 'required' },
  ],
});

describe('error translation', () => {
  it('puts each field issue under its field, in English, with its parameters', () => {
    const { t } = createI18n('en');
    expect(fieldErrors(t, failure)).toEqual({
      name: '80 characters at most.',
      url: 'Enter an address starting with http:// or https://.',
    });
  });

  it('says the same in French', () => {
    const { t } = createI18n('fr');
    expect(fieldErrors(t, failure)).toEqual({
      name: '80 caractères au maximum.',
      url: 'Saisissez une adresse qui commence par http:// ou https://.',
    });
  });

  it('translates envelope codes, and anything unexpected as an internal error', () => {
    const fr = createI18n('fr').t;
    const en = createI18n('en').t;
    const notFound = new RpcFailure({ code: 'not_found', message: 'No client with id x' });
    expect(errorMessage(en, notFound)).toBe('This item no longer exists. It may have been deleted.');
    expect(errorMessage(fr, notFound)).toBe('Cet élément n’existe plus. Il a peut-être été supprimé.');
    expect(errorMessage(en, new TypeError('boom'))).toBe(en('errors.internal'));
  });

  it('has no field errors for a failure that is not about fields', () => {
    const { t } = createI18n('en');
    expect(fieldErrors(t, new RpcFailure({ code: 'internal', message: 'x' }))).toEqual({});
  });
});
