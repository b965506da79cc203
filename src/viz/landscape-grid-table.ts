/**
 * The loss-landscape figure's 2-D data table, one matrix per net: a row per β, a column per α, as
 * the contour plot lays the grid out. A matrix takes about a fifth of the elements a row per
 * grid point took (the figure stands in two chapters, and the page parses all of it).
 *
 * For course tooling, each number is said once: the net on the table (data-model), α on its column
 * head (data-alpha), β on its row head (data-beta), and the raw loss on the cell (data-loss); a cell
 * names none of the three again, which keeps chapter 1's page about 50 KB lighter.
 */
import { axis } from '~lib/later-work/landscape-grid';
import { LANDSCAPE_MODELS, type LandscapeRecord } from '~lib/later-work/landscape-summary';
import { fmtLoss } from './landscape-figure';
import { escapeXml } from './svg';

/** HTML for both nets' matrices, under one caption each. */
export function landscapeGridMarkup(rec: LandscapeRecord, caption: string): string {
  const ax = axis(rec.n);
  const head = `<tr><th scope="col">β \\ α</th>${ax.map((a) => `<th scope="col" class="num" data-alpha="${a}">${a}</th>`).join('')}</tr>`;
  return LANDSCAPE_MODELS.map((m) => {
    const body = ax
      .map((beta, row) => {
        const cells = ax.map((_, col) => {
          const loss = rec[m].grid[row * rec.n + col]!;
          const raw = Number.isFinite(loss) ? String(loss) : 'NaN';
          return `<td data-loss="${raw}">${escapeXml(fmtLoss(loss))}</td>`;
        });
        return `<tr><th scope="row" class="num" data-beta="${beta}">${beta}</th>${cells.join('')}</tr>`;
      })
      .join('');
    return `<table class="land__matrix" data-model="${m}"><caption>${escapeXml(`${caption}: ${rec[m].id}, training loss; rows β, columns α`)}</caption><thead>${head}</thead><tbody>${body}</tbody></table>`;
  }).join('');
}
