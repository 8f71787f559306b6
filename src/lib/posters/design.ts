/**
 * The poster design: official red with white type, a gold line naming the activity at the
 * top, the slogan as large as the screen allows in the middle, and a white band at the
 * bottom saying which slogan it is. No logos or emblems.
 *
 * Change DESIGN_VERSION whenever the look changes: it is part of the cache key.
 */
import { measure } from './font';
import { fitText, type FittedText } from './layout';
import { ui } from '../site';

export const DESIGN_VERSION = 'qm-poster-3';

export const colours = {
  background: '#B71C1C',
  slogan: '#FFFFFF',
  kicker: '#FFE08A',
  band: '#FFFFFF',
  bandText: '#B71C1C',
} as const;

export interface PosterSize {
  /** Used in file names: 1920x1080. */
  name: string;
  width: number;
  height: number;
  /** What the size is for, as the page tells it. */
  use: string;
  /** How wide the slogans page shows it (an <img sizes> value): the three sit in one row, equally tall, on wide screens. */
  pageSizes: string;
  /** With a QR code to the site beside the slogan (screens in public places); only made when SITE_URL is real. */
  qr?: boolean;
}

export const posterSizes: readonly PosterSize[] = [
  { name: '1920x1080', width: 1920, height: 1080, use: '横屏电子显示屏', pageSizes: '(min-width: 48rem) 48vw, 100vw' },
  { name: '1080x1920', width: 1080, height: 1920, use: '竖屏电子显示屏', pageSizes: '(min-width: 48rem) 15vw, 60vw' },
  { name: '1024x768', width: 1024, height: 768, use: '小尺寸显示屏', pageSizes: '(min-width: 48rem) 36vw, 100vw' },
];

/** The landscape poster with a QR code to the site, for screens in public places (passers-by scan it). */
export const qrPosterSize: PosterSize = {
  name: '1920x1080-qr',
  width: 1920,
  height: 1080,
  use: '公共场所电子显示屏（带网站二维码）',
  pageSizes: '(min-width: 48rem) 40rem, 100vw',
  qr: true,
};

/** The sizes made of a slogan: the QR variant only when it has the site's real address to point to. */
export function posterSizesOf(slogan: { siteUrl?: string }): readonly PosterSize[] {
  return slogan.siteUrl ? [...posterSizes, qrPosterSize] : posterSizes;
}

export function posterSize(name: string): PosterSize {
  const all = [...posterSizes, qrPosterSize];
  const size = all.find((s) => s.name === name);
  if (!size) throw new Error(`没有 ${name} 这种海报尺寸，可用：${all.map((s) => s.name).join('、')}`);
  return size;
}

/** The words under the QR code. */
export const QR_CAPTION = ui.posterQrCaption;

export interface PosterGeometry {
  scale: number;
  padX: number;
  padTop: number;
  kickerSize: number;
  ruleWidth: number;
  ruleHeight: number;
  gap: number;
  bandHeight: number;
  labelSize: number;
  /** The box the slogan must stay inside. */
  box: { x: number; y: number; width: number; height: number };
  /** Where the QR code goes (a white square, `size` px, its caption under it), on the QR variant. */
  qr?: { x: number; y: number; size: number; captionSize: number };
}

export const SLOGAN_LINE_HEIGHT = 1.3;
export const SLOGAN_LETTER_SPACING = 0.04;
/** Fraction of the free width the slogan may use: a margin for rounding in layout. */
const WIDTH_SAFETY = 0.97;

export function geometry(size: PosterSize): PosterGeometry {
  const { width: W, height: H } = size;
  const scale = Math.min(W, H) / 1080;
  const padX = Math.round(W * 0.08);
  const padTop = Math.round(H * 0.075);
  const kickerSize = Math.round(46 * scale);
  const ruleWidth = Math.round(160 * scale);
  const ruleHeight = Math.max(2, Math.round(6 * scale));
  const gap = Math.round(40 * scale);
  const bandHeight = Math.round(Math.max(H * 0.13, 120 * scale));
  const labelSize = Math.round(40 * scale);
  const top = padTop + Math.round(kickerSize * 1.4) + gap / 2 + ruleHeight + gap;
  const bottom = H - bandHeight - gap;
  // The QR code at the right of the slogan's box, centred in its height with its caption.
  const qrSide = Math.round(H * 0.3);
  const captionSize = Math.round(34 * scale);
  const qr = size.qr
    ? {
        x: W - padX - qrSide,
        y: Math.round(top + (bottom - top - qrSide - captionSize * 1.6) / 2),
        size: qrSide,
        captionSize,
      }
    : undefined;
  return {
    scale,
    padX,
    padTop,
    kickerSize,
    ruleWidth,
    ruleHeight,
    gap,
    bandHeight,
    labelSize,
    box: { x: padX, y: top, width: W - 2 * padX - (qr ? qrSide + gap * 2 : 0), height: bottom - top },
    qr,
  };
}

/** Where the slogan's lines go, and at what size; undefined when it cannot fit. */
export function fitSlogan(text: string, size: PosterSize): FittedText | undefined {
  const g = geometry(size);
  return fitText(text, {
    boxWidth: g.box.width * WIDTH_SAFETY,
    boxHeight: g.box.height,
    maxFontSize: Math.round(Math.min(size.width, size.height) * 0.2),
    minFontSize: Math.max(16, Math.round(28 * g.scale)),
    lineHeight: SLOGAN_LINE_HEIGHT,
    letterSpacing: SLOGAN_LETTER_SPACING,
  });
}

/** A satori element: the React-like tree satori lays out, without React. */
export interface Node {
  type: string;
  props: { style?: Record<string, string | number>; children?: Node | Node[] | string };
}

const el = (style: Record<string, string | number>, children?: Node | Node[] | string): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

export const FONT_FAMILY = 'Poster';

/** The label's type size: one line when it can be had above 60% of the usual size, else it wraps. */
export function labelFontSize(label: string, size: PosterSize): number {
  const g = geometry(size);
  const perPx = measure(label, 1, 0.06);
  const oneLine = Math.floor(((size.width - 2 * g.padX) * 0.97) / perPx);
  return Math.max(Math.round(g.labelSize * 0.6), Math.min(g.labelSize, oneLine));
}

/** `kicker`: the line at the top, the edition's name, so poster and site always read the same. */
export function posterTree(fitted: FittedText, label: string, size: PosterSize, kicker: string): Node {
  const g = geometry(size);
  const labelSize = labelFontSize(label, size);
  const line = (text: string) =>
    el(
      {
        whiteSpace: 'nowrap',
        fontSize: fitted.fontSize,
        lineHeight: SLOGAN_LINE_HEIGHT,
        letterSpacing: fitted.fontSize * SLOGAN_LETTER_SPACING,
        // Letter spacing follows every character, the last included: shift back by half of it.
        marginLeft: fitted.fontSize * SLOGAN_LETTER_SPACING,
      },
      text,
    );
  return el(
    {
      width: size.width,
      height: size.height,
      flexDirection: 'column',
      backgroundColor: colours.background,
      fontFamily: FONT_FAMILY,
      fontWeight: 700,
    },
    [
      // The activity line and a short gold rule under it.
      el({ flexDirection: 'column', alignItems: 'center', paddingTop: g.padTop }, [
        el({ color: colours.kicker, fontSize: g.kickerSize, lineHeight: 1.4, letterSpacing: g.kickerSize * 0.08 }, kicker),
        el({ marginTop: g.gap / 2, width: g.ruleWidth, height: g.ruleHeight, backgroundColor: colours.kicker }),
      ]),
      // The slogan, centred in its box.
      el(
        {
          position: 'absolute',
          left: g.box.x,
          top: g.box.y,
          width: g.box.width,
          height: g.box.height,
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
          color: colours.slogan,
        },
        fitted.lines.map(line),
      ),
      // The QR variant: a white square the code is drawn into (render.ts), and what it is for.
      ...(g.qr
        ? [
            el({
              position: 'absolute',
              left: g.qr.x,
              top: g.qr.y,
              width: g.qr.size,
              height: g.qr.size,
              backgroundColor: colours.band,
            }),
            el(
              {
                position: 'absolute',
                left: g.qr.x - g.gap,
                top: g.qr.y + g.qr.size + Math.round(g.qr.captionSize * 0.3),
                width: g.qr.size + 2 * g.gap,
                justifyContent: 'center',
                color: colours.slogan,
                fontSize: g.qr.captionSize,
                lineHeight: 1.3,
              },
              QR_CAPTION,
            ),
          ]
        : []),
      // Which slogan it is, on a white band.
      el(
        {
          position: 'absolute',
          left: 0,
          top: size.height - g.bandHeight,
          width: size.width,
          height: g.bandHeight,
          alignItems: 'center',
          justifyContent: 'center',
          backgroundColor: colours.band,
        },
        el(
          {
            maxWidth: size.width - 2 * g.padX,
            justifyContent: 'center',
            textAlign: 'center',
            color: colours.bandText,
            fontSize: labelSize,
            lineHeight: 1.25,
            letterSpacing: labelSize * 0.06,
          },
          label,
        ),
      ),
    ],
  );
}
