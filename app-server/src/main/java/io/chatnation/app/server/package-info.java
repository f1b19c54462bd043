package io.chatnation.app.server;
