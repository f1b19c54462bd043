package io.chatnation.adapter.web;
