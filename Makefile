# The two commands a newcomer needs (see README.md).
.PHONY: chat test setup build
setup:
	@scripts/setup
build: setup
	swift build
chat: build
	@.build/debug/explainer chat
test:
	@scripts/test
