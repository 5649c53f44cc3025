import type { Rng } from './rng.ts';

/**
 * French captions and notes for the generated posts. Words are drawn with a skewed (Zipf-like)
 * frequency, so the full-text benchmark meets common words, rare words and prefixes of both, as a
 * real calendar would; accents are kept, so the index's `remove_diacritics` is exercised too.
 */

/** The words of each trade the seed's client names start with. */
export const TRADE_WORDS: Record<string, readonly string[]> = {
  Boulangerie: ['pain', 'croissant', 'baguette', 'levain', 'viennoiserie', 'brioche', 'fournée', 'galette'],
  Atelier: ['céramique', 'poterie', 'argile', 'émaillage', 'tournage', 'stage', 'cuisson', 'vernissage'],
  Librairie: ['roman', 'rencontre', 'dédicace', 'polar', 'rentrée littéraire', 'coup de cœur', 'auteur'],
  Studio: ['séance photo', 'portrait', 'lumière', 'retouche', 'tirage', 'mariage', 'book'],
  Café: ['espresso', 'torréfaction', 'latte', 'grains', 'brunch', 'pâtisserie', 'terrasse'],
  Fromagerie: ['comté', 'chèvre', 'affinage', 'plateau', 'raclette', 'tomme', 'crémerie'],
  Cave: ['vin nature', 'millésime', 'dégustation', 'vigneron', 'cuvée', 'champagne', 'accord mets-vins'],
  Salon: ['coupe', 'coloration', 'balayage', 'soin', 'brushing', 'barbier', 'rendez-vous'],
  Garage: ['révision', 'pneus', 'contrôle technique', 'vidange', 'carrosserie', 'électrique', 'entretien'],
};

const GENERIC = [
  'nouveauté',
  'équipe',
  'boutique',
  'saison',
  'quartier',
  'clients',
  'week-end',
  'fête',
  'printemps',
  'été',
  'automne',
  'hiver',
  'cadeau',
  'famille',
  'marché',
  'producteurs',
  'conseil',
  'découverte',
  'soirée',
  'commande',
  'livraison',
  'horaires',
  'réservation',
  'collection',
  'édition limitée',
  'fait main',
  'savoir-faire',
  'artisanat',
  'anniversaire',
  'coulisses',
  'inauguration',
  'partenariat',
  'gagnant',
  'concours',
];
const ADJECTIVES = ['maison', 'local', 'artisanal', 'gourmand', 'unique', 'nouveau', 'généreux', 'éphémère'];
const WHEN = [
  'ce samedi',
  'dès lundi',
  'tout le mois',
  'jusqu’à dimanche',
  'cette semaine',
  'demain matin',
  'pour les fêtes',
  'à la rentrée',
];
const DEADLINES = ['samedi', 'dimanche soir', 'la fin du mois', 'vendredi', 'les fêtes'];
const OPENERS = [
  'Nouveauté',
  'Bonne nouvelle',
  'Petit rappel',
  'Coup de cœur',
  'En coulisses',
  'Dernière chance',
  'Jeu concours',
  'Cette semaine',
  'Aujourd’hui',
];
const EMOJI = ['✨', '🥐', '☕', '📚', '🎉', '❤️', '👉', '📍', '🧀', '🍷', '📸', '🔧'];
const NOTES = [
  'Valider le visuel avec la gérante avant publication.',
  'Photo à refaire : lumière trop froide.',
  'Reprendre le texte de l’an dernier, il avait bien marché.',
  'Attendre la confirmation du partenaire.',
  'Identifier le photographe dans la légende.',
  'Budget validé par mail le lundi.',
];

/** Index in [0, n): low indices far more often than high ones (log-uniform, close to Zipf). */
export const skewed = (rng: Rng, n: number): number => Math.min(n - 1, Math.floor((n + 1) ** rng.next()) - 1);
export const pickSkewed = <T>(rng: Rng, items: readonly T[]): T => items[skewed(rng, items.length)] as T;

function sentence(rng: Rng, trade: readonly string[]): string {
  const t = () => pickSkewed(rng, trade);
  const g = () => pickSkewed(rng, GENERIC);
  const a = () => rng.pick(ADJECTIVES);
  const w = () => rng.pick(WHEN);
  switch (rng.int(0, 6)) {
    case 0:
      return `${rng.pick(OPENERS)} : ${t()} ${a()} et ${t()}, ${w()}.`;
    case 1:
      return `Venez découvrir notre ${t()} ${a()} ${w()}.`;
    case 2:
      return `On vous prépare ${t()} et ${g()} ${w()} !`;
    case 3:
      return `Merci pour vos messages sur notre ${t()} : la ${g()} continue.`;
    case 4:
      return `Réservez votre ${g()} avant ${rng.pick(DEADLINES)}, les places partent vite.`;
    case 5:
      return `Les coulisses de la ${g()} : ${t()}, ${t()} et beaucoup de ${g()}.`;
    default:
      return `Question du jour : ${t()} ou ${t()} ? Dites-le-nous en commentaire.`;
  }
}

const hashtag = (word: string) => `#${word.normalize('NFD').replace(/[^A-Za-z]+/g, '')}`;
const TAG_WORDS = new Map(
  Object.entries(TRADE_WORDS).map(([trade, words]) => [trade, [...words, ...GENERIC]]),
);

/** A caption of one to four sentences, with hashtags, sometimes an emoji or a link. */
export function caption(rng: Rng, trade: string, link: string): string {
  const words = TRADE_WORDS[trade] ?? GENERIC;
  const parts = Array.from({ length: rng.int(1, 4) }, () => sentence(rng, words));
  if (rng.chance(0.3)) parts.unshift(rng.pick(EMOJI));
  if (link && rng.chance(0.5)) parts.push(`👉 ${link}`);
  const tagWords = TAG_WORDS.get(trade) ?? GENERIC;
  const tags = Array.from({ length: rng.int(0, 6) }, () => hashtag(pickSkewed(rng, tagWords)));
  if (tags.length > 0) parts.push(`\n\n${[...new Set(tags)].join(' ')}`);
  return parts.join(' ');
}

export const notes = (rng: Rng): string => (rng.chance(0.2) ? rng.pick(NOTES) : '');
