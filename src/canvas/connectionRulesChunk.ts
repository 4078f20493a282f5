/**
 * What the canvas needs to draw connections, in one chunk loaded on first use (see
 * `connectionRules`): what a drawn edge means, and the pure edit that draws it. Both rest on the
 * rules of `canConnect`, which opening a design does not need.
 */
export { connectionIntent } from './connectionIntent';
export { connect } from '../model/connect';
