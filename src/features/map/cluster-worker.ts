// The cluster worker: builds and queries the clusters of many places off the page's thread, so a dataset with thousands of places never stalls a zoom.
import type Supercluster from 'supercluster';
import { buildClusters, clusterMembers, type ClusterRequest } from './cluster-query';

let clusters: Supercluster<{ i: number }> | null = null;

self.onmessage = (event: MessageEvent<ClusterRequest>) => {
  const request = event.data;
  if (request.type === 'load') {
    clusters = buildClusters(request.positions);
    return;
  }
  if (!clusters) return;
  const flat = clusterMembers(clusters, request.zoom);
  self.postMessage({ zoom: request.zoom, flat }, { transfer: [flat.buffer] });
};
