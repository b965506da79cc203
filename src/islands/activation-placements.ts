/**
 * fig-activation-placements in the browser: pick one of P2 Fig. 4's placements and the large unit
 * redraws with the same BN, ReLU and weight boxes gliding to their new places, so "post" versus
 * "pre" activation is something you watch happen.
 */
import { activationPlacements, placementKeys, type PlacementKey } from '~lib/arch/placements';
import { placementFocusScene } from '~viz/block-figures';
import { morphInto } from '~viz/scene-morph';

/** What a placement does, in one line for the live region. */
function describePlacement(key: PlacementKey): string {
  const p = activationPlacements[key];
  const after = p.afterAdd.length ? `${p.afterAdd.map((o) => (o === 'act' ? 'ReLU' : 'BN')).join(' and ')} after the addition, on the main path` : 'nothing after the addition: the main path is clean';
  return `Showing (${p.panel}) ${p.label}: ${after}.`;
}

/** Take over a server-rendered #fig-activation-placements. */
export function mount(figure: HTMLElement) {
  const host = figure.querySelector('.ap__focus');
  const controls = figure.querySelector('.figure__controls');
  const status = figure.querySelector('.figure__status');
  if (!host || !controls) throw new Error('activation-placements markup is incomplete');

  const set = document.createElement('fieldset');
  set.className = 'gf-controls__group ap-controls';
  const legend = document.createElement('legend');
  legend.textContent = 'Placement of BN and ReLU (P2 Fig. 4)';
  set.append(legend);
  for (const key of placementKeys) {
    const p = activationPlacements[key];
    const label = document.createElement('label');
    const input = document.createElement('input');
    Object.assign(input, { type: 'radio', name: `${figure.id}-placement`, value: key, checked: key === 'original' });
    label.append(input, ` (${p.panel}) ${p.label}`);
    set.append(label);
  }
  controls.replaceChildren(set);

  const select = (key: PlacementKey) => {
    morphInto(host, placementFocusScene(key, figure.id));
    for (const panel of figure.querySelectorAll('.ap__all [data-unit]')) {
      panel.classList.toggle('unit--selected', panel.getAttribute('data-unit') === activationPlacements[key].panel);
    }
    if (status) status.textContent = describePlacement(key);
  };
  const onChange = (event: Event) => {
    const target = event.target as HTMLInputElement;
    if (target.name === `${figure.id}-placement`) select(target.value as PlacementKey);
  };
  set.addEventListener('change', onChange);
  select('original');
  if (status) status.textContent = '';
  return {
    destroy() {
      set.removeEventListener('change', onChange);
    },
  };
}
