import cytoscape, {
  type Core,
  type ElementDefinition,
  type EventObject,
  type StylesheetJson,
} from 'cytoscape';
import type { Display } from './graphModel.js';
import { nodeColor, TYPE_STYLES } from './theme.js';

export interface GraphViewEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onBackground(): void;
}

const STYLE: StylesheetJson = [
  {
    selector: 'node',
    style: {
      'background-color': 'data(color)',
      shape: 'data(shape)' as 'ellipse',
      width: 'data(size)',
      height: 'data(size)',
      label: 'data(short)',
      'font-size': 11,
      'font-family': 'system-ui, sans-serif',
      color: '#111',
      'text-valign': 'bottom',
      'text-margin-y': 3,
      'text-outline-color': '#fff',
      'text-outline-width': 2,
      'min-zoomed-font-size': 7,
      'border-width': 1,
      'border-color': '#fff',
    },
  },
  { selector: 'node.focus', style: { 'border-width': 4, 'border-color': '#111' } },
  {
    selector: 'edge',
    style: {
      width: 'mapData(weight, 1, 8, 1.5, 8)',
      'line-color': '#97a3af',
      'curve-style': 'haystack',
      opacity: 0.85,
    },
  },
  { selector: 'edge[type = "CO_MENTIONED"]', style: { 'line-color': '#b0bac4', 'line-style': 'solid' } },
  { selector: 'edge[type = "ACTOR"]', style: { 'line-color': '#6d7c8a' } },
  {
    selector: 'edge[type = "HOLDS_OFFICE"], edge[type = "HEADS"]',
    style: { 'line-color': '#7b3fa0', opacity: 0.6 },
  },
  {
    selector: 'node:selected',
    style: { 'border-width': 4, 'border-color': '#d81b60', 'overlay-opacity': 0 },
  },
  {
    selector: 'edge:selected',
    style: { 'line-color': '#d81b60', width: 6, opacity: 1, 'overlay-opacity': 0 },
  },
  { selector: '.path', style: { 'line-color': '#ff6f00', 'border-color': '#ff6f00', 'border-width': 4 } },
  { selector: 'edge.path', style: { width: 6, opacity: 1 } },
];

/** Node count above which edges are hidden while panning and zooming. */
const LARGE_GRAPH = 1000;

function shortLabel(label: string): string {
  return label.length > 28 ? `${label.slice(0, 27)}…` : label;
}

function nodeSize(degree: number): number {
  return Math.min(70, 18 + 7 * Math.sqrt(degree));
}

/**
 * The Cytoscape.js canvas: draws a `Display`, keeping positions of nodes already drawn, and
 * lays out again only when nodes were added. `cose` (force-directed) up to a few hundred
 * nodes; `concentric` by degree above that, where cose no longer settles quickly.
 */
export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, events: GraphViewEvents) {
    this.cy = cytoscape({
      container,
      style: STYLE,
      minZoom: 0.05,
      maxZoom: 4,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: false,
      selectionType: 'single',
      // Cytoscape's advice for big graphs: while panning or zooming, move a cached image of
      // the graph instead of drawing every element each frame; it is redrawn once the view stops.
      textureOnViewport: true,
    });
    this.cy.on('tap', 'node', (event: EventObject) => events.onNode(event.target.id()));
    this.cy.on('tap', 'edge', (event: EventObject) => events.onEdge(event.target.id()));
    this.cy.on('tap', (event: EventObject) => {
      if (event.target === this.cy) events.onBackground();
    });
  }

  /** Draws the display; returns whether a layout ran. `near` places new nodes around a node. */
  render(display: Display, near: string | null): boolean {
    const cy = this.cy;
    const wanted = new Set([...display.nodes.map((n) => n.id), ...display.edges.map((e) => e.id)]);
    cy.batch(() => {
      cy.elements()
        .filter((element) => !wanted.has(element.id()))
        .remove();
    });
    const anchor = near ? cy.getElementById(near) : null;
    const origin = anchor?.nonempty() ? anchor.position() : { x: 0, y: 0 };
    const added: ElementDefinition[] = [];
    cy.batch(() => {
      for (const node of display.nodes) {
        const data = {
          id: node.id,
          type: node.type,
          label: node.label,
          short: shortLabel(node.label),
          color: nodeColor(node.type, node.quadClass),
          shape: TYPE_STYLES[node.type]?.shape ?? 'ellipse',
          size: nodeSize(node.degree),
          degree: node.degree,
          date: node.date,
        };
        const existing = cy.getElementById(node.id);
        if (existing.nonempty()) existing.data(data);
        else {
          added.push({
            group: 'nodes',
            data,
            position: { x: origin.x + (Math.random() - 0.5) * 80, y: origin.y + (Math.random() - 0.5) * 80 },
          });
        }
      }
      for (const edge of display.edges) {
        const existing = cy.getElementById(edge.id);
        const data = {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          type: edge.type,
          weight: edge.weight,
        };
        if (existing.nonempty()) existing.data('weight', edge.weight);
        else added.push({ group: 'edges', data });
      }
      cy.add(added);
    });
    // Cytoscape's other advice for big graphs: leave edges out while the view moves. Above
    // ~1,000 nodes drawing every edge each frame is what makes panning stutter (see
    // bench/explorerFrames.ts); small graphs keep them. The option is read by the renderer on
    // every frame, so it can follow the graph's size.
    (cy as unknown as { renderer(): { hideEdgesOnViewport: boolean } }).renderer().hideEdgesOnViewport =
      cy.nodes().length > LARGE_GRAPH;
    const newNodes = added.some((element) => element.group === 'nodes');
    if (newNodes) this.layout(near === null);
    return newNodes;
  }

  /** Lays the graph out and fits it into view. */
  layout(fresh: boolean): void {
    const count = this.cy.nodes().length;
    const options =
      count <= 400
        ? {
            name: 'cose',
            animate: false,
            randomize: fresh,
            nodeRepulsion: () => 9000,
            idealEdgeLength: () => 70,
            numIter: 1500,
            fit: true,
            padding: 30,
          }
        : {
            name: 'concentric',
            animate: false,
            concentric: (node: cytoscape.NodeSingular) => Number(node.data('degree')),
            levelWidth: () => 2,
            minNodeSpacing: 8,
            fit: true,
            padding: 30,
          };
    this.cy.layout(options as cytoscape.LayoutOptions).run();
  }

  /** Selects one element (and only it), or none. */
  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  /** Marks the elements of a path, clearing the previous one. */
  markPath(ids: readonly string[]): void {
    this.cy.elements().removeClass('path');
    for (const id of ids) this.cy.getElementById(id).addClass('path');
  }

  markFocus(id: string | null): void {
    this.cy.nodes().removeClass('focus');
    if (id) this.cy.getElementById(id).addClass('focus');
  }

  fit(): void {
    this.cy.fit(undefined, 30);
  }

  zoomBy(factor: number): void {
    const cy = this.cy;
    cy.zoom({ level: cy.zoom() * factor, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }
}
