/*
 * The Phaser this game ships: Phaser's own core build (scenes, Graphics, Text, Image, tweens,
 * textures, both renderers) plus Container, which the institute view uses. No physics, tilemaps,
 * sound or the other game objects: the view does not need them, and they are most of Phaser's size.
 * vite.config.ts points `phaser` here and sets the build flags Phaser's own webpack build sets.
 */
var Phaser = require('phaser-src/phaser-core.js');

// The view returns leaked canvases to Phaser's CanvasPool on destroy (see index.ts).
Phaser.Display.Canvas = require('phaser-src/display/canvas');

Phaser.GameObjects.Container = require('phaser-src/gameobjects/container/Container');
Phaser.GameObjects.Factories.Container = require('phaser-src/gameobjects/container/ContainerFactory');
Phaser.GameObjects.Creators.Container = require('phaser-src/gameobjects/container/ContainerCreator');

module.exports = Phaser;
