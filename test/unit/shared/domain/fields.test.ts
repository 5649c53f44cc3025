import { describe, expect, it } from 'vitest';
import { isHttpUrl, isTimeZone, TimeZone } from '../../../../shared/domain/fields.ts';

describe('isTimeZone', () => {
  it.each(['Europe/Paris', 'America/Montreal', 'Pacific/Noumea', 'America/Argentina/Buenos_Aires', 'UTC'])(
    'accepts the IANA zone %s',
    (zone) => expect(isTimeZone(zone)).toBe(true),
  );

  it.each(['Mars/Olympus', 'paris', 'Paris', '+02:00', 'GMT+2', 'CET', '', 'Europe/', '/'])(
    'refuses %j',
    (zone) => expect(isTimeZone(zone)).toBe(false),
  );
});

describe('isHttpUrl', () => {
  it.each([
    'https://www.instagram.com/boulangerie.martin',
    'http://example.org',
    'https://exemple.fr/chemin?q=1#ancre',
    'HTTPS://EXAMPLE.COM',
    'https://café.fr',
  ])('accepts %s', (url) => expect(isHttpUrl(url)).toBe(true));

  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'ftp://x.org',
    'not a url',
    'data:text/html,<script>alert(1)</script>',
    'mailto:contact@example.org',
    '//example.org',
    'www.example.org',
    '',
    // URL parsing would drop these silently; kept, they would inject lines into an .ics export.
    'https://example.org/\r\nEND:VEVENT',
    'https://example.org/a\tb',
    'https://example.org/\u0000',
  ])('refuses %j', (url) => expect(isHttpUrl(url)).toBe(false));
});

describe('TimeZone', () => {
  it('stores a zone under its canonical spelling, so one zone is always one string', () => {
    expect(TimeZone.parse('europe/paris')).toBe('Europe/Paris');
    expect(TimeZone.parse('AMERICA/NEW_YORK')).toBe('America/New_York');
    expect(TimeZone.parse('Europe/Paris')).toBe('Europe/Paris');
  });
});

describe('TimeZone and links', () => {
  it('keeps a correctly spelled link zone as the user chose it', () => {
    expect(TimeZone.parse('America/Montreal')).toBe('America/Montreal');
    expect(TimeZone.parse('UTC')).toBe('UTC');
  });
});
