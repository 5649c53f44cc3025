// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { KpiCards } from '../../../../../renderer/features/kpis/KpiCards.tsx';
import { ReportDocument } from '../../../../../renderer/features/reports/document/ReportDocument.tsx';
import { I18nProvider } from '../../../../../renderer/i18n/context.tsx';
import { createI18nWith } from '../../../../../renderer/i18n/instance.ts';
import { fr as frTexts } from '../../../../../renderer/i18n/messages.ts';
import type { Dashboard } from '../../../../../shared/domain/dashboard.ts';
import type { Language } from '../../../../../shared/domain/prefs.ts';
import type { Report, ReportSectionId } from '../../../../../shared/domain/report.ts';
import { renderWithApp } from '../../support/render-app.tsx';
import { emptyDashboard, makeDashboard } from '../kpis/dashboard-fixture.ts';
import { makeFigures, makeReport, nothingLogged, PROFILE, planPost, TOP_PICTURE } from './report-fixture.ts';

afterEach(cleanup);

function renderReport(report: Report, appLanguage: Language = report.language) {
  return renderWithApp(<ReportDocument report={report} profile={PROFILE} logoUrl="media/logo" />, {
    language: appLanguage,
  });
}

const sectionTitles = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);
const region = (name: string) => screen.getByRole('region', { name });
/** Testing Library folds every kind of space into one: read the text itself to see which space it is. */
const text = (el: HTMLElement) => el.textContent ?? '';

describe('the cover', () => {
  it('names the client, the period in words, the freelancer and when the figures were read', () => {
    renderReport(makeReport());

    const cover = screen.getByRole('region', { name: 'Atelier Rose' });
    expect(within(cover).getByRole('heading', { level: 1 }).textContent).toBe('Atelier Rose');
    expect(text(cover)).toContain('Monthly social media report');
    expect(text(cover)).toContain('Autumn collection launch');
    expect(text(cover)).toContain('October 2026');
    expect(text(cover)).toContain('Camille Martin');
    expect(text(cover)).toContain('Prepared by Camille Martin');
    expect(text(cover)).toContain('Figures as of 2 November 2026');
    expect(cover.querySelector('img')?.getAttribute('src')).toBe('media/logo');
  });

  it('speaks French for a French report', () => {
    renderReport(makeReport({ language: 'fr' }));

    const cover = screen.getByRole('region', { name: 'Atelier Rose' });
    expect(text(cover)).toContain('Bilan mensuel des réseaux sociaux');
    expect(text(cover)).toContain('octobre 2026');
    expect(text(cover)).toContain('Préparé par Camille Martin');
    expect(text(cover)).toContain('Chiffres arrêtés au 2 novembre 2026');
  });

  it.each([
    ['week', '2026-10-12', '2026-10-19', 'en', 'Week of 12 October 2026'],
    ['week', '2026-10-12', '2026-10-19', 'fr', 'Semaine du 12 octobre 2026'],
    ['quarter', '2026-10-01', '2027-01-01', 'en', 'Q4 2026'],
    ['quarter', '2026-10-01', '2027-01-01', 'fr', 'T4 2026'],
    ['custom', '2026-10-01', '2026-11-16', 'en', '1 Oct – 15 Nov 2026'],
  ] as const)('says a %s from %s in words (%s)', (kind, from, to, language, words) => {
    renderReport(makeReport({ kind, from, to, language }));

    expect(text(screen.getByRole('region', { name: 'Atelier Rose' }))).toContain(words);
  });

  it('does without a logo or a name', () => {
    renderWithApp(<ReportDocument report={makeReport()} profile={{ name: '', logo: null }} logoUrl={null} />);

    const cover = screen.getByRole('region', { name: 'Atelier Rose' });
    expect(cover.querySelector('img')).toBeNull();
    expect(text(cover)).not.toContain('Prepared by');
  });

  it('is in the report’s language, whatever the app shows', () => {
    renderReport(makeReport({ language: 'en' }), 'fr');

    expect(text(screen.getByRole('region', { name: 'Atelier Rose' }))).toContain(
      'Prepared by Camille Martin',
    );
    expect(screen.getByRole('heading', { name: 'Key figures' })).toBeTruthy();
    expect(screen.getByRole('article').getAttribute('lang')).toBe('en');
  });

  it('waits for the report’s language when the window has only its own, then shows it', async () => {
    // As in the app: the window holds the texts of the language it shows, nothing else.
    const i18n = createI18nWith('fr', { fr: frTexts });
    render(
      <I18nProvider i18n={i18n}>
        <ReportDocument report={makeReport({ language: 'en' })} profile={PROFILE} logoUrl={null} />
      </I18nProvider>,
    );

    expect(screen.getByRole('status').textContent).toBe('Chargement…');
    expect(await screen.findByText('Prepared by Camille Martin')).toBeTruthy();
  });
});

describe('the sections', () => {
  it('follow the order chosen, and one switched off is not there', () => {
    const order: ReportSectionId[] = [
      'cover',
      'plan',
      'figures',
      'summary',
      'charts',
      'objectives',
      'posts',
      'voice',
      'benchmark',
      'audit',
      'recommendations',
    ];
    const sections = order.map((id) => ({ id, on: id !== 'charts' && id !== 'audit' }));
    renderReport(makeReport({ sections }));

    expect(sectionTitles()).toEqual([
      'Coming up',
      'Key figures',
      'Summary',
      'Objectives',
      'Top and bottom posts',
      'Share of voice and sentiment',
      'Competitors',
      'Recommendations',
    ]);
    expect(screen.queryByRole('img', { name: /Reach, week by week/ })).toBeNull();
  });

  it('without the cover, start with the first section', () => {
    const sections = makeReport().sections.map((s) => ({ ...s, on: s.id !== 'cover' }));
    renderReport(makeReport({ sections }));

    expect(screen.queryByRole('heading', { level: 1 })).toBeNull();
    expect(sectionTitles()[0]).toBe('Summary');
  });

  it('show the freelancer’s text as paragraphs, a blank line starting a new one', () => {
    renderReport(makeReport());

    const summary = region('Summary');
    expect([...summary.querySelectorAll('p')].map((p) => p.textContent)).toEqual([
      'October was the month of the autumn collection.',
      'Reach grew by a quarter, driven by the reels.',
    ]);
  });

  it('leave out a summary or recommendations never written, a voice never heard, no benchmark and no audit', () => {
    const dashboard = emptyDashboard();
    renderReport(
      makeReport({
        summary: '  \n ',
        recommendations: '',
        figures: makeFigures({ dashboard, benchmark: null, audit: null }),
      }),
    );

    expect(sectionTitles()).toEqual([
      'Key figures',
      'Over time',
      'Objectives',
      'Top and bottom posts',
      'Coming up',
    ]);
  });
});

/** What the dashboard's card says: its value, and its change as sign, amount and verdict. */
function dashboardCards(dashboard: Dashboard, language: Language) {
  const view = renderWithApp(
    <KpiCards dashboard={dashboard} currency="EUR" comparedWith="" perPost={false} onPerPost={() => {}} />,
    { language },
  );
  const cards = within(view.container)
    .getAllByRole('listitem')
    .map((card) => {
      const [value, ...rest] = [...card.querySelectorAll('p')].map((p) => p.textContent ?? '');
      const change = rest.find((p) => p.includes(' · '));
      const why = rest.find((p) => !p.includes(' · '));
      const [amount = '', verdict = ''] = (change ?? '').replace(/^[▲▼] /, '').split(' · ');
      return { name: card.querySelector('h3')?.textContent ?? '', value, amount, verdict, why };
    });
  view.unmount();
  return cards;
}

describe('the key figures', () => {
  it('show each value the dashboard shows, with the same change in words (English)', () => {
    const dashboard = makeDashboard();
    const cards = dashboardCards(dashboard, 'en');
    renderReport(makeReport({ figures: makeFigures({ dashboard }) }));

    const figures = region('Key figures');
    expect(
      within(figures)
        .getAllByRole('listitem')
        .map((li) => li.querySelector('h3')?.textContent),
    ).toEqual(cards.map((c) => c.name));
    for (const card of cards) {
      const mine = text(within(figures).getByRole('listitem', { name: card.name }));
      expect(mine).toContain(card.value);
      if (card.why) expect(mine).toContain(card.why);
      if (!card.amount) continue;
      const words =
        card.amount[0] === '+'
          ? 'up '
          : card.amount[0] === '−'
            ? 'down '
            : card.amount[0] === '±'
              ? ''
              : null;
      expect(words, card.name).not.toBeNull();
      if (words) expect(mine).toContain(`${words}${card.amount.slice(1)} from September`);
      else expect(mine).toContain('unchanged from September');
      if (card.verdict !== 'unchanged') expect(mine).toContain(card.verdict);
    }
    // The two readings a reader would quote.
    expect(text(within(figures).getByRole('listitem', { name: 'Reach' }))).toContain('8,000');
    expect(text(within(figures).getByRole('listitem', { name: 'Reach' }))).toContain('up 25% from September');
    expect(text(within(figures).getByRole('listitem', { name: 'Engagement rate (by reach)' }))).toContain(
      'up 1\u00a0pt from September',
    );
    expect(text(within(figures).getByRole('listitem', { name: 'Cost per click' }))).toContain(
      'up 25% from September · worse',
    );
  });

  it('read the same in French, with French numbers and words', () => {
    const dashboard = makeDashboard();
    const cards = dashboardCards(dashboard, 'fr');
    renderReport(makeReport({ language: 'fr', figures: makeFigures({ dashboard }) }));

    const figures = region('Chiffres clés');
    for (const card of cards)
      expect(text(within(figures).getByRole('listitem', { name: card.name }))).toContain(card.value);
    const reach = text(within(figures).getByRole('listitem', { name: 'Portée' }));
    expect(reach).toContain('8\u202f000');
    expect(reach).toContain('en hausse de 25\u202f% par rapport à septembre');
    expect(
      text(within(figures).getByRole('listitem', { name: 'Taux d’engagement (sur la portée)' })),
    ).toContain('en hausse de 1\u00a0pt par rapport à septembre');
  });

  it('say why a value cannot be computed, as the dashboard does', () => {
    renderReport(makeReport());

    const card = within(region('Key figures')).getByRole('listitem', { name: 'Story completion rate' });
    expect(text(card)).toContain('—');
    expect(text(card)).toContain('Cannot be computed: story impressions is 0.');
  });

  it('compare a quarter with the quarter before and a custom period with as many days before', () => {
    const { unmount } = renderReport(makeReport({ kind: 'quarter', from: '2026-10-01', to: '2027-01-01' }));
    expect(text(region('Key figures'))).toContain('up 25% from Q3 2026');
    unmount();

    const dashboard = makeDashboard();
    dashboard.previous = { ...dashboard.previous, from: '2026-08-16', to: '2026-10-01' };
    renderReport(
      makeReport({
        kind: 'custom',
        from: '2026-10-01',
        to: '2026-11-16',
        figures: makeFigures({ dashboard }),
      }),
    );
    expect(text(region('Key figures'))).toContain('up 25% from the 46 days before');
  });

  it('say so when nothing was logged in the period', () => {
    renderReport(makeReport({ figures: makeFigures({ dashboard: nothingLogged() }) }));

    expect(text(region('Key figures'))).toBe(
      'Key figuresNo numbers were logged for this period (October 2026).',
    );
    expect(text(region('Over time'))).toContain('Nothing was logged over this period (October 2026)');
    expect(text(region('Top and bottom posts'))).toContain(
      'No post of this period has its engagement logged yet.',
    );
  });
});

describe('the charts', () => {
  it('draw followers per network, reach, engagement rate and clicks, each summarised in words', () => {
    renderReport(makeReport());

    const followers = screen.getByRole('img', { name: /^Followers per network, week by week\./ });
    expect(followers.getAttribute('aria-label')).toContain(
      'Instagram: from 2,500 (week of 28 Sep) to 2,600 (week of 12 Oct), highest 2,600 (week of 12 Oct).',
    );
    expect(followers.getAttribute('aria-label')).toContain('LinkedIn: from 2,500 (week of 28 Sep)');
    const reach = screen.getByRole('img', { name: /^Reach, week by week\./ });
    expect(reach.getAttribute('aria-label')).toContain(
      'from 2,000 (week of 28 Sep) to 4,000 (week of 5 Oct)',
    );
    expect(screen.getByRole('img', { name: /^Engagement rate \(by reach\), week by week\./ })).toBeTruthy();
    // No click logged in any week: the chart says so rather than drawing nothing.
    const clicks = screen.getByText('Link clicks', { selector: 'figcaption' }).closest('figure');
    expect(text(clicks as HTMLElement)).toContain('Nothing logged for this period.');
    // Axis words in the report's language.
    expect(text(reach)).toContain('Week starting');
    expect(text(reach)).toContain('28 Sep');
  });

  it('label their axes in French for a French report', () => {
    renderReport(makeReport({ language: 'fr' }));

    const reach = screen.getByRole('img', { name: /^Portée, semaine par semaine\./ });
    expect(text(reach)).toContain('Semaine du');
    expect(reach.getAttribute('aria-label')).toContain('de 2\u202f000 (semaine du 28 sept.)');
  });
});

describe('the objectives, posts, voice, benchmark and audit', () => {
  it('show each objective with its target, progress, forecast and status', () => {
    renderReport(makeReport());

    const card = within(region('Objectives')).getByRole('listitem', { name: 'Grow the Instagram community' });
    expect(text(card)).toContain('On track');
    expect(text(card)).toContain('Followers · Instagram @atelier.rose · Awareness');
    expect(text(card)).toContain('1,000');
    expect(text(card)).toContain('1,250');
    expect(text(card)).toContain('1,500');
    expect(within(card).getByRole('progressbar', { name: 'Progress' }).getAttribute('aria-valuenow')).toBe(
      '50',
    );
    expect(text(card)).toContain('At this pace: 1,480 by 31 March 2027');
  });

  it('say so when no objective ran', () => {
    renderReport(makeReport({ figures: makeFigures({ objectives: [] }) }));

    expect(text(region('Objectives'))).toContain('No objective ran during this period (October 2026).');
  });

  it('show the top and bottom posts as cards with their picture, caption, account and figures', () => {
    renderReport(makeReport());

    const posts = region('Top and bottom posts');
    const top = within(posts).getByRole('list', { name: 'Top 5 posts' });
    const card = within(top).getByRole('listitem');
    expect(card.querySelector('img')?.getAttribute('src')).toBe(`media/${TOP_PICTURE}`);
    expect(text(card)).toContain('Spring bouquets are here: come and see them');
    expect(text(card)).toContain('Instagram@atelier.rose');
    expect(text(card)).toContain('6 Oct 2026, 18:30');
    expect(text(card)).toContain('9.5%');
    const bottom = within(posts).getByRole('list', { name: 'Bottom 5 posts' });
    expect(text(bottom)).toContain('(no caption)');
  });

  it('show who is heard, with the share of voice and sentiment', () => {
    renderReport(makeReport());

    const voice = region('Share of voice and sentiment');
    const client = within(voice).getByRole('row', { name: /Atelier Rose/ });
    expect(
      within(client)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['11', '55.0%', '6', '3', '2', '75.0%']);
    expect(within(voice).getByRole('row', { name: /Fleurs & Co/ })).toBeTruthy();
  });

  it('rank the client among its competitors', () => {
    renderReport(makeReport());

    const benchmark = region('Competitors');
    const ranks = within(benchmark).getByRole('list', { name: 'Where Atelier Rose ranks on Instagram' });
    expect(text(ranks)).toContain('1st of 2 on followers (1st the period before)');
    expect(text(ranks)).toContain('2nd of 2 on posting frequency');
    expect(within(benchmark).getByRole('row', { name: /Fleurs & Co/ })).toBeTruthy();
  });

  it('give the audit’s six questions with their scores out of 5, and its actions', () => {
    renderReport(makeReport({ language: 'fr' }));

    const audit = region('Audit de présence');
    expect(text(audit)).toContain('Autumn review, 1 juil. – 30 sept. 2026 · Terminé le 10 octobre 2026');
    const rows = within(audit).getAllByRole('row');
    expect(rows).toHaveLength(6);
    expect(text(rows[0] as HTMLElement)).toBe(
      'Qu’est-ce qui marche, et qu’est-ce qui ne marche pas\u202f?4/5 – Bon',
    );
    expect(text(rows[2] as HTMLElement)).toContain('non noté');
    const actions = within(audit).getAllByRole('listitem');
    expect(text(actions[0] as HTMLElement)).toContain('Fait');
    expect(text(actions[1] as HTMLElement)).toContain('À faire');
  });
});

describe('the plan', () => {
  it('lists the posts planned for the next period and says how many more there are', () => {
    renderReport(makeReport());

    const plan = region('Coming up');
    expect(text(plan)).toContain('14 posts planned for the next period (November 2026):');
    const rows = within(plan).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(3);
    expect(
      within(rows[0] as HTMLElement)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual([
      'Tue 3 Nov',
      '18:30',
      'Instagram@atelier.rose',
      'Reel / Short',
      'Ready',
      'Behind the scenes of the workshop, part 1: how a winter wreath comes together',
    ]);
    expect(text(plan)).toContain('And 11 more posts.');
  });

  it('says “and N more” in French too', () => {
    renderReport(makeReport({ language: 'fr' }));

    expect(text(region('À venir'))).toContain('Et 11 autres publications.');
  });

  it('lists them all when they fit, without “more”', () => {
    const posts = [planPost(1), planPost(2)];
    renderReport(
      makeReport({
        figures: makeFigures({ plan: { from: '2026-11-01', to: '2026-12-01', total: 2, posts } }),
      }),
    );

    expect(text(region('Coming up'))).not.toContain('more');
  });

  it('says when nothing is planned yet', () => {
    renderReport(
      makeReport({
        figures: makeFigures({ plan: { from: '2026-11-01', to: '2026-12-01', total: 0, posts: [] } }),
      }),
    );

    expect(text(region('Coming up'))).toBe(
      'Coming upNothing is planned yet for the next period (November 2026).',
    );
  });
});
