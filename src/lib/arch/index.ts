/**
 * The one architecture description (the papers' CNNs and the lab's nets), with shape propagation and
 * the multiply-add / parameter cost model.
 */
export * from './types';
export * from './shortcuts';
export * from './placements';
export * from './block';
export * from './shapes';
export * from './cost';
export * from './layers';
export * from './structure';
export * from './vgg';
export * from './resnet';
export * from './cifar';
export * from './registry';
export * from './breakdown';
export * from './comparisons';
