/**
 * fig-activation-placements in the browser: pick one of P2 Fig. 4's placements and the large unit
 * redraws with the same BN, ReLU and weight boxes gliding to their new places, so "post" versus
 * "pre" activation is something you watch happen. The picker is a select in the shared figure
 * panel: five radios with these long names took two rows of a desktop column and five of a phone's.
 */
import { activationPlacements, isPlacementKey, placementKeys, type PlacementKey } from '~lib/arch/placements';
import { placementFocusScene } from '~viz/block-figures';
import { morphInto } from '~viz/scene-morph';
import { addFields, createPanel, labelled, select as choice } from './controls/panel';

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

  const p = createPanel({ className: 'ap-panel', noActions: true });
  const picker = choice(placementKeys.map((key) => ({ value: key, label: `(${activationPlacements[key].panel}) ${activationPlacements[key].label}` })));
  picker.name = `${figure.id}-placement`;
  picker.value = 'original';
  addFields(p, [labelled(`${figure.id}-placement`, 'Placement of BN and ReLU (P2 Fig. 4)', picker).wrap]);
  controls.replaceChildren(p.root);

  const select = (key: PlacementKey) => {
    morphInto(host, placementFocusScene(key, figure.id));
    for (const panel of figure.querySelectorAll('.ap__all [data-unit]')) {
      panel.classList.toggle('unit--selected', panel.getAttribute('data-unit') === activationPlacements[key].panel);
    }
    if (status) status.textContent = describePlacement(key);
  };
  const onChange = () => {
    if (isPlacementKey(picker.value)) select(picker.value);
  };
  picker.addEventListener('change', onChange);
  select('original');
  if (status) status.textContent = '';
  return {
    destroy() {
      picker.removeEventListener('change', onChange);
    },
  };
}
